package org.aidx.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Names of economies, resolved to ISO 3166 alpha-3 codes through one table: the ISO codes
 * themselves (alpha-3 and alpha-2, any case), the JDK's English names, and {@code
 * economy-names.csv} (World Bank names and common aliases such as {@code UK}, {@code Korea}, {@code
 * Türkiye}, {@code Turkey}, each with the reason it is there; built by {@code
 * scripts/build_economy_names.py}). Names match ignoring case, accents and punctuation: {@code
 * "korea, rep."} is KOR. A name that could mean several economies ({@code Congo}) is not guessed:
 * {@link #resolve} reports the candidates.
 */
public final class Economies {
  private static final String TABLE = "org/aidx/model/economy-names.csv";
  private static final Economies STANDARD = load();

  private final Set<String> iso3;
  private final Map<String, String> byIso2;
  private final Map<String, String> byName;
  private final Map<String, String> englishName;

  private Economies(
      Set<String> iso3,
      Map<String, String> byIso2,
      Map<String, String> byName,
      Map<String, String> englishName) {
    this.iso3 = Set.copyOf(iso3);
    this.byIso2 = Map.copyOf(byIso2);
    this.byName = Map.copyOf(byName);
    this.englishName = Map.copyOf(englishName);
  }

  /** The table shipped with aidx. */
  public static Economies standard() {
    return STANDARD;
  }

  /** Whether {@code code} is an ISO 3166 alpha-3 country code (upper case). */
  public boolean isIso3(String code) {
    return iso3.contains(code);
  }

  /** The English name of an ISO3 code, e.g. USA → United States. */
  public Optional<String> name(String iso3Code) {
    return Optional.ofNullable(englishName.get(iso3Code));
  }

  /**
   * The ISO3 code for a code or name, or the reason there is none.
   *
   * @return a resolution: the code, or no code with candidates (several: ambiguous; one: a close
   *     spelling; none: unknown)
   */
  public Resolution resolve(String text) {
    String t = text == null ? "" : text.trim();
    String upper = t.toUpperCase(Locale.ROOT);
    if (iso3.contains(upper)) {
      return new Resolution(t, upper, List.of());
    }
    String key = key(t);
    if (byName.containsKey(key)) {
      return new Resolution(t, byName.get(key), List.of());
    }
    if (upper.length() == 2 && byIso2.containsKey(upper)) {
      return new Resolution(t, byIso2.get(upper), List.of());
    }
    Set<String> candidates = new LinkedHashSet<>();
    if (key.length() >= 3) {
      for (var e : byName.entrySet()) {
        if (e.getKey().startsWith(key + " ") || e.getKey().endsWith(" " + key)) {
          candidates.add(e.getValue());
        }
      }
    }
    return new Resolution(t, null, List.copyOf(new java.util.TreeSet<>(candidates)));
  }

  /**
   * The outcome of {@link #resolve}.
   *
   * @param text what was given
   * @param iso3 the code, or null
   * @param candidates codes whose names contain {@code text} as whole words, when it is not a name
   *     itself
   */
  public record Resolution(String text, String iso3, List<String> candidates) {
    public Resolution {
      candidates = List.copyOf(candidates);
    }

    public boolean found() {
      return iso3 != null;
    }

    /** What is wrong, for a message: "'Congo' could be COD (Congo - Kinshasa) or COG (...)". */
    public String problem() {
      if (candidates.size() > 1) {
        List<String> named = new ArrayList<>();
        for (String c : candidates) {
          named.add(c + " (" + STANDARD.name(c).orElse(c) + ")");
        }
        return "'" + text + "' is ambiguous: it could be " + String.join(", ", named);
      }
      if (candidates.size() == 1) {
        return "'"
            + text
            + "' is not an economy name or ISO code; did you mean "
            + candidates.get(0)
            + " ("
            + STANDARD.name(candidates.get(0)).orElse("")
            + ")?";
      }
      return "'" + text + "' is not an ISO 3166 code or a known economy name";
    }

    /** How to fix it. */
    public String fix() {
      return candidates.size() > 1
          ? "write the ISO3 code of the economy you mean"
          : "use an ISO3 code such as USA or DEU, an ISO2 code, or a name from aidx's table of"
              + " economy names (docs/own-index.md, 'Economy names'); for regions or other units use a COINr"
              + " iData file with a uCode column";
    }
  }

  /**
   * Lower case, accents and punctuation removed, spaces collapsed: "Côte d'Ivoire" → "cote d
   * ivoire".
   */
  static String key(String name) {
    String n = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return n.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
  }

  private static Economies load() {
    Set<String> iso3 = new LinkedHashSet<>();
    Map<String, String> byIso2 = new LinkedHashMap<>();
    Map<String, String> byName = new LinkedHashMap<>();
    Map<String, String> english = new LinkedHashMap<>();
    for (String a2 : Locale.getISOCountries()) {
      Locale l = new Locale("", a2);
      String a3 = l.getISO3Country();
      iso3.add(a3);
      byIso2.put(a2, a3);
      String name = l.getDisplayCountry(Locale.ENGLISH);
      english.put(a3, name);
      byName.put(key(name), a3);
    }
    String text;
    try (InputStream in = Economies.class.getClassLoader().getResourceAsStream(TABLE)) {
      if (in == null) {
        throw new IllegalStateException("embedded resource " + TABLE + " is missing from the jar");
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> lines = text.lines().skip(1).filter(l -> !l.isBlank()).toList();
    for (String line : lines) {
      // name,iso3,why; a quoted name may hold commas
      String name;
      String rest;
      if (line.startsWith("\"")) {
        int end = line.indexOf('"', 1);
        name = line.substring(1, end);
        rest = line.substring(end + 2);
      } else {
        name = line.substring(0, line.indexOf(','));
        rest = line.substring(line.indexOf(',') + 1);
      }
      String code = rest.substring(0, rest.indexOf(','));
      if (!iso3.contains(code)) {
        throw new IllegalStateException(TABLE + ": '" + code + "' is not an ISO3 code");
      }
      byName.put(key(name), code);
    }
    return new Economies(iso3, byIso2, byName, english);
  }
}
