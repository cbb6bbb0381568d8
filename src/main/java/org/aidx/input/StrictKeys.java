package org.aidx.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aidx.model.Names;
import org.aidx.model.Problem;

/**
 * The keys a YAML (or JSON) mapping may hold. A key that is neither valid nor a declared alias is a
 * problem naming the closest valid key, because a silently ignored typo ({@code agregation:
 * geometric}) runs the defaults without a word. Aliases (the US spellings of {@link #US_SPELLINGS}
 * by default) are renamed to their canonical key; giving both is a problem.
 *
 * <p>Every reader of a YAML file uses one of these per kind of mapping, e.g.
 *
 * <pre>{@code
 * static final StrictKeys JOB = StrictKeys.of("a records job", "source", "filter", "output");
 * ...
 * ObjectNode job = JOB.check(file + ", job 1", node, problems); // aliases renamed
 * }</pre>
 *
 * {@code normalization: rank} in a framework is read as {@code normalisation: rank}; {@code
 * agregation: geometric} is the problem "unknown key 'agregation' (did you mean 'aggregation'?)".
 *
 * @param what the kind of mapping, in messages ("a framework node")
 * @param keys the valid (canonical) keys, in the order they are listed to the user
 * @param aliases alias → canonical key
 */
public record StrictKeys(String what, Set<String> keys, Map<String, String> aliases) {
  /**
   * US spellings accepted for aidx's British keys and options, everywhere: YAML keys, API fields
   * and CLI options ({@code --normalize} for {@code --normalise}) and method names ({@code
   * winsorize}).
   */
  public static final Map<String, String> US_SPELLINGS =
      Map.of(
          "normalization", "normalisation",
          "normalize", "normalise",
          "winsorization", "winsorisation",
          "winsorize", "winsorise");

  public StrictKeys {
    // a LinkedHashSet keeps the order the keys are listed to the user in
    keys = Collections.unmodifiableSet(new LinkedHashSet<>(keys));
    aliases = Map.copyOf(aliases);
    for (var a : aliases.entrySet()) {
      if (!keys.contains(a.getValue())) {
        throw new IllegalArgumentException(
            "alias '" + a.getKey() + "' points to '" + a.getValue() + "', which is not a key");
      }
    }
  }

  /** The valid keys, with the US spellings of any of them as aliases. */
  public static StrictKeys of(String what, String... keys) {
    List<String> ks = List.of(keys);
    Map<String, String> aliases = new LinkedHashMap<>();
    US_SPELLINGS.forEach(
        (us, uk) -> {
          if (ks.contains(uk)) {
            aliases.put(us, uk);
          }
        });
    return new StrictKeys(what, new LinkedHashSet<>(ks), aliases);
  }

  /** This set plus more keys (e.g. the keys an indicator adds to a node's). */
  public StrictKeys plus(String what, String... more) {
    List<String> all = new ArrayList<>(keys);
    all.addAll(List.of(more));
    return of(what, all.toArray(new String[0]));
  }

  /** This set with another alias. */
  public StrictKeys withAlias(String alias, String canonical) {
    Map<String, String> a = new LinkedHashMap<>(aliases);
    a.put(alias, canonical);
    return new StrictKeys(what, keys, a);
  }

  /** The canonical key for {@code key}: itself if valid, its target if an alias, else null. */
  public String canonical(String key) {
    if (keys.contains(key)) {
      return key;
    }
    return aliases.get(key);
  }

  /**
   * Checks a mapping's keys and returns a copy with aliases renamed to their canonical keys.
   * Unknown keys and a key given twice (once as an alias) are added to {@code problems}; they are
   * left out of the copy. A node that is not a mapping is returned unchanged (the caller reports
   * its own "expected a mapping").
   *
   * @param where where the mapping is, e.g. {@code my.yaml, node root > data}
   */
  public JsonNode check(String where, JsonNode node, List<Problem> problems) {
    if (node == null || !node.isObject()) {
      return node;
    }
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    Map<String, String> givenAs = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      var f = it.next();
      String key = f.getKey();
      String c = canonical(key);
      if (c == null) {
        problems.add(unknown(where, key));
        continue;
      }
      String before = givenAs.putIfAbsent(c, key);
      if (before != null) {
        problems.add(
            new Problem(
                where,
                "'" + key + "' and '" + before + "' are the same key ('" + c + "')",
                "keep one of them"));
        continue;
      }
      out.set(c, f.getValue());
    }
    return out;
  }

  /** The problem for an unknown key, with the closest valid key or the list of valid keys. */
  public Problem unknown(String where, String key) {
    List<String> known = new ArrayList<>(keys);
    known.addAll(aliases.keySet());
    String fix =
        Names.closest(key, known)
            .map(k -> "did you mean '" + (keys.contains(k) ? k : aliases.get(k)) + "'?")
            .orElse("valid keys of " + what + ": " + String.join(", ", keys));
    return new Problem(where, "unknown key '" + key + "' in " + what, fix);
  }
}
