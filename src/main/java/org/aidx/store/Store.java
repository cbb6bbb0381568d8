package org.aidx.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.aidx.model.InputException;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * Uploads, saved scenarios and past runs in an embedded H2 database ({@code aidx.mv.db} in the data
 * directory). Safe to share between threads: every call takes its own connection from a pool and
 * every write is one transaction, so a failed write leaves nothing behind, and a write that returns
 * is on disk (synced), so it survives a crash or a {@code kill -9} of the process.
 *
 * <pre>
 * try (Store s = Store.open(Path.of("/home/me/.aidx"))) {
 *   Entry e = s.put(Kind.DATASET, "oecd.csv", bytes, "320 observations");   // e.id() == 1
 *   s.list(Kind.DATASET);                                                   // [e]
 *   s.delete(Kind.DATASET, e.id());                                          // true
 * }
 * </pre>
 */
public final class Store implements AutoCloseable {
  /** Longest accepted name, in characters. */
  public static final int MAX_NAME = 200;

  private final JdbcConnectionPool pool;
  private final Path dir;

  private Store(JdbcConnectionPool pool, Path dir) {
    this.pool = pool;
    this.dir = dir;
  }

  /** Opens (creating if needed) the store in {@code dir}. */
  public static Store open(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new InputException(
          dir.toString(),
          "cannot create the data directory: " + e.getMessage(),
          "choose another one with --data-dir");
    }
    // The file name is ours; nothing a user sends is part of it.
    String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("aidx") + ";DB_CLOSE_ON_EXIT=FALSE";
    JdbcConnectionPool pool = JdbcConnectionPool.create(url, "aidx", "");
    Store s = new Store(pool, dir);
    try {
      s.migrate();
    } catch (SQLException e) {
      pool.dispose();
      if (e.getMessage() != null && e.getMessage().contains("already in use")) {
        throw new InputException(
            dir.toString(),
            "the store is in use by another aidx process",
            "stop the other 'aidx serve' or pass another --data-dir");
      }
      throw new IllegalStateException("cannot open the store in " + dir + ": " + e.getMessage(), e);
    }
    return s;
  }

  public Path directory() {
    return dir;
  }

  private void migrate() throws SQLException {
    try (Connection c = pool.getConnection();
        Statement st = c.createStatement()) {
      st.execute(
          "CREATE TABLE IF NOT EXISTS upload(id BIGINT AUTO_INCREMENT PRIMARY KEY,"
              + " kind VARCHAR(16) NOT NULL, name VARCHAR(200) NOT NULL,"
              + " created TIMESTAMP NOT NULL, sha256 CHAR(64) NOT NULL, bytes BIGINT NOT NULL,"
              + " summary VARCHAR(2000) NOT NULL, content BLOB NOT NULL)");
      st.execute(
          "CREATE TABLE IF NOT EXISTS run(id BIGINT AUTO_INCREMENT PRIMARY KEY,"
              + " name VARCHAR(200) NOT NULL, created TIMESTAMP NOT NULL,"
              + " request CLOB NOT NULL, manifest CLOB NOT NULL, results CLOB NOT NULL)");
    }
  }

  /**
   * Checks a user-supplied name: 1 to {@value #MAX_NAME} characters, no control characters. It is
   * only ever stored in a column, so slashes or dots are harmless and kept as given.
   */
  public static String checkName(String name, String where) {
    if (name == null || name.isBlank()) {
      throw new InputException(where, "the name is empty", "give a name, e.g. ?name=my-data.csv");
    }
    if (name.length() > MAX_NAME) {
      throw new InputException(
          where,
          "the name has " + name.length() + " characters",
          "use at most " + MAX_NAME + " characters");
    }
    if (name.chars().anyMatch(Character::isISOControl)) {
      throw new InputException(
          where, "the name contains control characters", "use printable characters only");
    }
    return name.strip();
  }

  /** Stores an upload (already validated by the caller) in one transaction. */
  public Entry put(Kind kind, String name, byte[] content, String summary) {
    String n = checkName(name, kind.label() + " name");
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS); // the column keeps microseconds
    String sha = sha256(content);
    return inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO upload(kind, name, created, sha256, bytes, summary, content)"
                      + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                  Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, kind.name());
            ps.setString(2, n);
            ps.setTimestamp(3, Timestamp.from(now));
            ps.setString(4, sha);
            ps.setLong(5, content.length);
            ps.setString(6, summary == null ? "" : summary);
            ps.setBytes(7, content);
            ps.executeUpdate();
            return new Entry(key(ps), kind, n, now, sha, content.length, summary);
          }
        });
  }

  /** Uploads of one kind, oldest first. */
  public List<Entry> list(Kind kind) {
    return query(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT id, name, created, sha256, bytes, summary FROM upload WHERE kind = ?"
                      + " ORDER BY id")) {
            ps.setString(1, kind.name());
            List<Entry> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(entry(kind, rs));
              }
            }
            return out;
          }
        });
  }

  public Optional<Entry> find(Kind kind, long id) {
    return list(kind).stream().filter(e -> e.id() == id).findFirst();
  }

  /** The bytes of an upload, or empty if there is none with this id and kind. */
  public Optional<byte[]> content(Kind kind, long id) {
    return query(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT content FROM upload WHERE kind = ? AND id = ?")) {
            ps.setString(1, kind.name());
            ps.setLong(2, id);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.of(rs.getBytes(1)) : Optional.empty();
            }
          }
        });
  }

  /** Deletes an upload; false if there was none. */
  public boolean delete(Kind kind, long id) {
    return inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("DELETE FROM upload WHERE kind = ? AND id = ?")) {
            ps.setString(1, kind.name());
            ps.setLong(2, id);
            return ps.executeUpdate() == 1;
          }
        });
  }

  /** Stores a run with its request, manifest and results in one transaction. */
  public StoredRun saveRun(String name, String request, String manifest, String results) {
    String n = checkName(name, "run name");
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS); // the column keeps microseconds
    return inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO run(name, created, request, manifest, results) VALUES (?, ?, ?, ?, ?)",
                  Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, n);
            ps.setTimestamp(2, Timestamp.from(now));
            ps.setString(3, request);
            ps.setString(4, manifest);
            ps.setString(5, results);
            ps.executeUpdate();
            return new StoredRun(key(ps), n, now, request, manifest, results);
          }
        });
  }

  /** Past runs, oldest first, without their texts. */
  public List<StoredRun.Info> runs() {
    return query(
        c -> {
          try (PreparedStatement ps =
                  c.prepareStatement("SELECT id, name, created FROM run ORDER BY id");
              ResultSet rs = ps.executeQuery()) {
            List<StoredRun.Info> out = new ArrayList<>();
            while (rs.next()) {
              out.add(
                  new StoredRun.Info(
                      rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant()));
            }
            return out;
          }
        });
  }

  public Optional<StoredRun> run(long id) {
    return query(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT id, name, created, request, manifest, results FROM run WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
              if (!rs.next()) {
                return Optional.empty();
              }
              return Optional.of(
                  new StoredRun(
                      rs.getLong(1),
                      rs.getString(2),
                      rs.getTimestamp(3).toInstant(),
                      rs.getString(4),
                      rs.getString(5),
                      rs.getString(6)));
            }
          }
        });
  }

  public boolean deleteRun(long id) {
    return inTransaction(
        c -> {
          try (PreparedStatement ps = c.prepareStatement("DELETE FROM run WHERE id = ?")) {
            ps.setLong(1, id);
            return ps.executeUpdate() == 1;
          }
        });
  }

  /** Closes the database; the file stays for the next start. */
  @Override
  public void close() {
    pool.dispose();
  }

  private static Entry entry(Kind kind, ResultSet rs) throws SQLException {
    return new Entry(
        rs.getLong(1),
        kind,
        rs.getString(2),
        rs.getTimestamp(3).toInstant(),
        rs.getString(4),
        rs.getLong(5),
        rs.getString(6));
  }

  private static long key(PreparedStatement ps) throws SQLException {
    try (ResultSet k = ps.getGeneratedKeys()) {
      if (!k.next()) {
        throw new SQLException("the database returned no generated id");
      }
      return k.getLong(1);
    }
  }

  static String sha256(byte[] b) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  private interface Work<T> {
    T apply(Connection c) throws SQLException;
  }

  private <T> T query(Work<T> w) {
    try (Connection c = pool.getConnection()) {
      return w.apply(c);
    } catch (SQLException e) {
      throw new UncheckedIOException(new IOException("store: " + e.getMessage(), e));
    }
  }

  private <T> T inTransaction(Work<T> w) {
    try (Connection c = pool.getConnection()) {
      c.setAutoCommit(false);
      try {
        T out = w.apply(c);
        c.commit();
        // H2 keeps committed changes in memory and writes them in the background (WRITE_DELAY,
        // 500 ms): a crash then loses writes the server has acknowledged. CHECKPOINT SYNC writes
        // them to the file and forces the file to the device before the caller answers 2xx.
        try (Statement st = c.createStatement()) {
          st.execute("CHECKPOINT SYNC");
        }
        return out;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new UncheckedIOException(new IOException("store: " + e.getMessage(), e));
    }
  }
}
