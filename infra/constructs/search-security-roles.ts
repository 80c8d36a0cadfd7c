/** What one fine-grained access control role may do on a set of indices. */
export interface IndexPermission {
  /** Index names or patterns (`articles*`). */
  readonly indexPatterns: readonly string[];
  /** Action groups (`read`, `indices_all`) or single actions (`indices:admin/get`). */
  readonly allowedActions: readonly string[];
}

/** A role of the OpenSearch security plugin, as the role-mapping custom resource creates it. */
export interface SecurityRole {
  /** Role name in the security plugin. */
  readonly name: string;
  /** Shown in OpenSearch Dashboards' security page. */
  readonly description: string;
  /** Cluster-wide action groups or actions. */
  readonly clusterPermissions: readonly string[];
  /** Per-index permissions. */
  readonly indexPermissions: readonly IndexPermission[];
}

// The index, its aliases, and any versioned or auxiliary index the functions create next to it
// all start with the index name, so one pattern covers them and nothing else.
const ownIndices = (indexName: string): readonly string[] => [`${indexName}*`];

/**
 * The role the ingest function is mapped to: full control of the article indices (create them,
 * their mappings and aliases; write and delete documents) and no access to any other index or
 * to the security configuration.
 */
export function articleWriterRole(indexName: string): SecurityRole {
  return {
    name: 'article_search_writer',
    description: 'article-search ingest function: manages and writes the article indices',
    // Bulk and multi-get are cluster-level actions; health lets the writer wait for its index.
    clusterPermissions: ['cluster_composite_ops', 'cluster_monitor'],
    indexPermissions: [{ indexPatterns: ownIndices(indexName), allowedActions: ['indices_all'] }],
  };
}

/** The role the search function is mapped to: read the article indices, nothing else. */
export function articleReaderRole(indexName: string): SecurityRole {
  return {
    name: 'article_search_reader',
    description: 'article-search search function: reads the article indices',
    // Multi-search and multi-get only; no cluster writes.
    clusterPermissions: ['cluster_composite_ops_ro'],
    indexPermissions: [
      {
        indexPatterns: ownIndices(indexName),
        // `read` covers search, get and count; the two admin reads answer HEAD and alias lookups.
        allowedActions: ['read', 'indices:admin/get', 'indices:admin/aliases/get'],
      },
    ],
  };
}
