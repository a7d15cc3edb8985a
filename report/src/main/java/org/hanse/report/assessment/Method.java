package org.hanse.report.assessment;

/**
 * A formula the report uses, for its methods appendix. Names are in the message files under
 * {@code method.<key>}; the formula and the citation are the same in both languages.
 */
public enum Method {
  INTERNATIONAL_TIE("tie counts: x_i = #{ties t of city i : partner is a foreign actor, or a city in another country,"
      + " and t holds in the year window}", "Hanse data model (Tie, TieType); concepts.md"),
  SHARE("s_i = x_i / Σ_j x_j", "—"),
  RELATIVE_LEVEL("relative level of cluster C: x_C / ((1/K) Σ_k x_k) over the K clusters of the dataset",
      "Hanse design choice [D]"),
  LOCATION_QUOTIENT("LQ_Cs = (e_Cs / e_C) / (E_s / E); city LQ_is = (e_is / e_i) / (E_s / E)",
      "Florence (1939); methods.md §5"),
  GINI("G = Σ_i Σ_j |y_i − y_j| / (2 n² μ);  G* = G · n / (n − 1)",
      "Gini (1912); Deltas (2003) Rev. Econ. Stat. 85(1):226-234; methods.md §5"),
  LORENZ("L(k/n) = Σ_{i≤k} y_(i) / Σ_i y_i, y sorted ascending", "Lorenz (1905) Publ. Am. Stat. Assoc. 9(70):209-219"),
  HERFINDAHL("H = Σ_i s_i²;  H* = (H − 1/n) / (1 − 1/n);  CR_1 = max_i s_i",
      "Hirschman (1945); Herfindahl (1950); methods.md §5"),
  HAVERSINE("d = 2R · asin √(sin²(Δφ/2) + cos φ1 cos φ2 sin²(Δλ/2)), R = 6371.0088 km",
      "Sinnott (1984) Sky and Telescope 68(2):159"),
  JACCARD("J(A, B) = |A ∩ B| / |A ∪ B| (0 when A ∪ B is empty)", "Jaccard (1901); methods.md §6"),
  STRUCTURAL_SIMILARITY("S_ab = Σ_s x_as x_bs / √(Σ_s x_as² · Σ_s x_bs²)", "UNIDO (1979); methods.md §5"),
  GNC("r_ab = Σ_j v_aj v_bj;  N_a = Σ_{i≠a} r_ai = Σ_j v_aj (S_j − v_aj);  P_a = N_a / max_b N_b",
      "Taylor (2001) Geographical Analysis 33(2):181-194; Taylor, Catalano & Walker (2002) Urban Studies"
          + " 39(13):2367-2376; methods.md §1.1"),
  GNC_SPLIT("N_a^ext = Σ_{i∉C} r_ai;  N_a^int = Σ_{i∈C, i≠a} r_ai", "methods.md §1.6"),
  DIPLOMATIC_GNC("v_aj = service value 1–5 of city a's tie to affiliation j (organisation, city network, sending"
      + " country), then the GNC formulas", "methods.md §1.6 (diplomacy adaptation) [D]"),
  EI_INDEX("EI = (E − I) / (E + I)", "Krackhardt & Stern (1988) Social Psychology Quarterly 51(2):123-140"),
  DEGREE("d_i = Σ_j a_ij;  s_i = Σ_j w_ij", "Freeman (1979) Social Networks 1:215-239; methods.md §2"),
  ENTROPY_TOPSIS("z = min–max normalised indicator (+0.01); p_ij = z_ij / Σ_i z_ij; e_j = −(1/ln m) Σ_i p_ij ln p_ij;"
      + " w_j = (1 − e_j) / Σ_k (1 − e_k); D±_i = √Σ_j (w_j z_ij − v±_j)²; C_i = D−_i / (D+_i + D−_i)",
      "Hwang & Yoon (1981); entropy weights methods.md §4.2, TOPSIS §4.3"),
  COUPLING_COORDINATION("C = √{[1 − Σ_{i>j} |U_i − U_j| / Σ_{m=1}^{n−1} m] · [Π_i (U_i / max U)]^{1/(n−1)}};"
      + " T = Σ α_i U_i; D = √(C T)",
      "Wang, Kong, Ren, Zhi & Dai (2021) 自然资源学报 36(3):793-810; classes Tian et al. (2021) 地理学报 76(4):781;"
          + " methods.md §4.6"),
  PAGERANK("x_v = (1 − α)/n + α Σ_u x_u w_uv / s_u (+ dangling mass spread uniformly), α = 0.85",
      "Brin & Page (1998) Computer Networks 30:107-117"),
  RESOURCE_ALLOCATION("RA(x, y) = Σ_{z ∈ Γ(x) ∩ Γ(y)} 1 / k_z; for an actor partner summed over the cities already"
      + " tied to it", "Zhou, Lü & Zhang (2009) Eur. Phys. J. B 71:623-630; methods.md §6"),
  PREFERENTIAL_ATTACHMENT("PA(x, y) = k_x · k_y", "Barabási & Albert (1999) Science 286:509-512; methods.md §6"),
  PARTNER_COMBINED("score(x, p) = a·ln(RA + ε) + b·ln(PA + ½) + c·comp(x, p) + d·novel(x, p), ε = 1/(2 k_max);"
      + " comp = Σ_f s_pf · gap_xf (actor partner: x's gap in the function served); novel = 1 when no peer of x has p",
      "Hanse combined scorer [D] (advise module, CombinedScorer; weights from rolling-origin back-test splits)"),
  KRUGMAN("K_ab = Σ_f |s_af − s_bf|, s = share of a city's international ties in function f (0 … 2)",
      "Krugman (1991) Geography and Trade; methods.md §5"),
  THEIL("T = (1/n) Σ_i (y_i/μ) ln(y_i/μ), 0·ln 0 = 0", "Theil (1967) Economics and Information Theory;"
      + " methods.md §5"),
  GRAVITY("R_ij = k · √(P_i G_i) · √(P_j G_j) / D_ij^b, k = 1, b = 2; k_ij = G_i / (G_i + G_j), R_i→j = k_ij R_ij;"
      + " centre's share = Σ_j R_cj / Σ_{i<j} R_ij, out-linkage share = Σ_j R_c→j / Σ_{i≠j} R_i→j"
      + " (P population, G GDP or P where GDP is not known for every member, D great-circle km)",
      "Zipf (1946) P1P2/D hypothesis; directional k_ij after Yu & Ma (2018) Scientia Geographica Sinica"
          + " 38(11):1875; methods.md §3"),
  BREAKING_POINT("d_A = D_AB / (1 + √(P_B / P_A)), P = population; reach = d_A / D_AB",
      "Converse (1949) J. Marketing 14:379-384, after Reilly (1931); methods.md §3"),
  FIELD_STRENGTH("F_ik = Z_i / d_ik^a, a = 2, Z_i = opening score of centre i; member k lies in the hinterland of"
      + " the centre of largest F_ik", "urban field strength (weighted-Voronoi hinterland); methods.md §3");

  private final String formula;
  private final String citation;

  Method(String formula, String citation) {
    this.formula = formula;
    this.citation = citation;
  }

  public String formula() {
    return formula;
  }

  public String citation() {
    return citation;
  }

  /** Key of the method's name in the message files. */
  public String messageKey() {
    return "method." + name().toLowerCase(java.util.Locale.ROOT);
  }
}
