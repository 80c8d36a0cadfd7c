package org.articlesearch.opensearch.icu;

import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.IndexSettings;
import org.opensearch.index.analysis.AbstractTokenFilterFactory;
import org.opensearch.index.analysis.NormalizingTokenFilterFactory;
import org.opensearch.index.analysis.TokenFilterFactory;
import org.opensearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.opensearch.plugins.AnalysisPlugin;
import org.opensearch.plugins.Plugin;

/**
 * The `icu_folding` token filter of OpenSearch's analysis-icu plugin, for the local node only.
 *
 * OpenSearch publishes its core plugins' zips outside Maven Central, so the local node cannot
 * get analysis-icu there. The filter itself is Lucene's ICUFoldingFilter (lucene-analysis-icu,
 * on Maven Central), which is what analysis-icu's own factory wraps: UTR #30 folding through
 * ICU4J's utr30 normaliser. This file only registers it under the same name, so an index
 * created by the adapter folds exactly as on Amazon OpenSearch Service.
 */
public class IcuFoldingPlugin extends Plugin implements AnalysisPlugin {
    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        return Map.of("icu_folding", IcuFoldingTokenFilterFactory::new);
    }

    /** Wraps each token stream in ICU folding; also valid in normalizers, as upstream. */
    static final class IcuFoldingTokenFilterFactory extends AbstractTokenFilterFactory
        implements NormalizingTokenFilterFactory {

        IcuFoldingTokenFilterFactory(IndexSettings indexSettings, Environment environment, String name, Settings settings) {
            super(indexSettings, name, settings);
        }

        @Override
        public TokenStream create(TokenStream tokenStream) {
            return new ICUFoldingFilter(tokenStream);
        }
    }
}
