package org.hanse.server.api;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hanse.model.City;
import org.hanse.model.Population;
import org.hanse.model.Tie;
import org.hanse.model.TieType;
import org.hanse.server.service.ServiceException;
import org.hanse.server.service.ValidationProblem;

/** Request bodies of the write endpoints, checked field by field so that every problem is reported at once. */
public final class Inputs {
  private Inputs() {}

  public record CityInput(String id, String nameEn, String nameZh, String country, String adminRegion,
      Double latitude, Double longitude, Views.PopulationView population) {

    /** The city this input describes; {@code pathId} (for updates) must match the body's id when one is given. */
    public City toCity(String pathId) {
      List<ValidationProblem> p = new ArrayList<>();
      String cid = pathId != null ? pathId : id;
      if (pathId != null && id != null && !id.equals(pathId)) {
        p.add(new ValidationProblem(0, "id", "the id in the body (" + id + ") differs from the one in the URL ("
            + pathId + "); ids cannot be changed"));
      }
      require(p, "id", cid);
      require(p, "nameEn", nameEn);
      require(p, "country", country);
      if (country != null && !country.matches("[A-Z]{2}")) {
        p.add(new ValidationProblem(0, "country", "must be an ISO 3166-1 alpha-2 code such as CN or GB"));
      }
      if (latitude == null || !(latitude >= -90 && latitude <= 90)) {
        p.add(new ValidationProblem(0, "latitude", "must be a number between -90 and 90"));
      }
      if (longitude == null || !(longitude >= -180 && longitude <= 180)) {
        p.add(new ValidationProblem(0, "longitude", "must be a number between -180 and 180"));
      }
      Population pop = null;
      if (population != null) {
        if (population.value() < 0) {
          p.add(new ValidationProblem(0, "population.value", "must not be negative"));
        } else if (population.sourceId() == null || population.sourceId().isBlank()) {
          p.add(new ValidationProblem(0, "population.sourceId", "a population needs the source that reports it"));
        } else {
          pop = new Population(population.value(), population.year(), population.sourceId().trim());
        }
      }
      if (!p.isEmpty()) {
        throw new ServiceException.Invalid("the city has " + p.size() + " problem(s)", p);
      }
      return new City(cid.trim(), nameEn.trim(), trimOrEmpty(nameZh), country, trimOrEmpty(adminRegion), latitude,
          longitude, pop);
    }
  }

  public record TieInput(String id, String type, String cityId, String partnerId, Integer fromYear, Integer toYear,
      Double weight, String detail, String sourceId) {

    public Tie toTie() {
      List<ValidationProblem> p = new ArrayList<>();
      TieType t = null;
      if (require(p, "type", type)) {
        try {
          t = TieType.fromKey(type);
        } catch (IllegalArgumentException e) {
          p.add(new ValidationProblem(0, "type", "unknown tie type '" + type + "'"));
        }
      }
      require(p, "cityId", cityId);
      require(p, "partnerId", partnerId);
      require(p, "sourceId", sourceId);
      if (weight == null || !(weight > 0) || weight.isInfinite()) {
        p.add(new ValidationProblem(0, "weight", "must be a positive number"));
      }
      if (fromYear != null && toYear != null && toYear < fromYear) {
        p.add(new ValidationProblem(0, "toYear", "the tie ends (" + toYear + ") before it starts (" + fromYear + ")"));
      }
      if (t != null && t.isCityToCity() && cityId != null && cityId.equals(partnerId)) {
        p.add(new ValidationProblem(0, "partnerId", "a city cannot be tied to itself"));
      }
      if (!p.isEmpty()) {
        throw new ServiceException.Invalid("the tie has " + p.size() + " problem(s)", p);
      }
      String a = cityId.trim();
      String b = partnerId.trim();
      if (t.isCityToCity() && a.compareTo(b) > 0) {
        String swap = a;
        a = b;
        b = swap;
      }
      String tid = id == null || id.isBlank() ? "u-" + UUID.randomUUID() : id.trim();
      return new Tie(tid, t, a, b, fromYear, toYear, weight, trimOrEmpty(detail), sourceId.trim());
    }
  }

  public record Credentials(String username, String password) {}

  private static boolean require(List<ValidationProblem> p, String field, String value) {
    if (value == null || value.isBlank()) {
      p.add(new ValidationProblem(0, field, "is required"));
      return false;
    }
    return true;
  }

  private static String trimOrEmpty(String s) {
    return s == null ? "" : s.trim();
  }
}
