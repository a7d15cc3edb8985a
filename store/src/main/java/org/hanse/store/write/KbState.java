package org.hanse.store.write;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hanse.store.internal.RecordTable;
import org.hanse.store.internal.Tables;
import org.hanse.store.internal.VersionedRecords;
import org.hanse.store.internal.VersionedRecords.Current;

/** The current records of the tables a write touches, read once inside the write's transaction. */
public final class KbState {
  private final Connection c;
  private final Map<RecordTable<?>, Map<String, Current>> loaded = new HashMap<>();

  public KbState(Connection c) {
    this.c = c;
  }

  public Connection connection() {
    return c;
  }

  /** Current versions by key string. */
  public Map<String, Current> current(RecordTable<?> t) throws SQLException {
    Map<String, Current> m = loaded.get(t);
    if (m == null) {
      m = VersionedRecords.readAllByKey(c, t);
      loaded.put(t, m);
    }
    return m;
  }

  /** Member city ids of each current cluster. */
  public Map<String, List<String>> clusterMembers() throws SQLException {
    Map<String, List<String>> out = new HashMap<>();
    for (Current cur : current(Tables.CLUSTER).values()) {
      out.put((String) cur.values()[0], Tables.CLUSTER.fromValues(cur.values()).memberIds());
    }
    return out;
  }
}
