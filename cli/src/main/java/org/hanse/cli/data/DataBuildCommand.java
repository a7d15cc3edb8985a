package org.hanse.cli.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.hanse.cli.Progress;
import org.hanse.cli.UserError;
import org.hanse.ingest.build.DataBuilder;
import org.hanse.ingest.build.RawDataException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hanse data build --from DIR [--out DIR]}. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = {
      "Build the bundled data folder from raw open datasets.",
      "DIR is laid out like the project's reference data: geonames_cities15000/, gawc_ds11/, openflights/,",
      "sister_cities_wikipedia/, sister_cities_wikidata/, diplomatic_missions_wikidata/, io_headquarters/,",
      "mega_events/, china_urban_agglomerations/, un_wup2018_urban_agglomerations/,",
      "china_prefecture_census_2010_2020/, china_city_2015_yearbook_extract/, worldbank_country_indicators/.",
      "The output is deterministic: the same raw files give identical files. See data/README.md."
    })
public final class DataBuildCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--from", required = true, paramLabel = "DIR", description = "folder of raw datasets")
  Path from;

  @Option(names = "--out", paramLabel = "DIR", description = "where to write the data folder (default: ./data)")
  Path out = Path.of("data");

  @Override
  public Integer call() {
    if (!Files.isDirectory(from)) {
      throw new UserError("raw data folder " + from + " does not exist");
    }
    if (!Files.isDirectory(from.resolve("geonames_cities15000"))) {
      throw new UserError(from + " is not a raw data folder: it has no geonames_cities15000/ (see --help)");
    }
    try (Progress progress = Progress.on(spec.commandLine().getErr())) {
      DataBuilder.Result r = DataBuilder.build(from, progress::step);
      progress.step("writing " + out, DataBuilder.STEP_COUNT, DataBuilder.STEP_COUNT + 1);
      DataBuilder.write(r, out);
      progress.close(); // the last step's time before the summary
      spec.commandLine().getOut().printf("wrote %s: %d cities, %d clusters, %d actors, %d ties, %d indicator values"
          + "; run 'hanse data check --data %s' for the quality summary%n", out, r.dataset().cities().size(),
          r.dataset().clusters().size(), r.dataset().actors().size(), r.dataset().ties().size(),
          r.dataset().indicators().size(), out);
      return 0;
    } catch (RawDataException e) {
      throw new UserError(e.getMessage(), e);
    } catch (IOException e) {
      throw new UserError("cannot build data: " + e.getMessage(), e);
    }
  }
}
