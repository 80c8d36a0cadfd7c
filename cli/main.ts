import { pathToFileURL } from 'node:url';
import { Command } from 'commander';
import { detectCommand } from './detect.ts';
import { dropCommand } from './drop.ts';
import { normaliseCommand } from './normalise.ts';
import { reconcileCommand } from './reconcile.ts';
import { redriveCommand } from './redrive.ts';
import { reindexCommand } from './reindex.ts';
import { searchCommand } from './search.ts';

/** The `articles` command line; `bin/articles.js` runs it, tests run it in process. */
export const program = new Command('articles')
  .description('Drop, search and inspect news articles in the article-search pipeline')
  .showHelpAfterError();

program
  .command('drop')
  .description('upload article files to the bucket (the local stack by default)')
  .argument('<files...>', 'files to upload')
  .option('--bucket <name>', 'bucket name', 'articles')
  .option('--endpoint <url>', 'S3 endpoint; "aws" for real AWS', 'http://127.0.0.1:4569')
  .option('--prefix <prefix>', 'key prefix, e.g. inbox/', '')
  .action(dropCommand);

program
  .command('search')
  .description('search the articles through the search API')
  .argument('<query...>', 'words to find; "quoted phrase", -excluded')
  .option('--lang <code>', 'only articles in this ISO 639-1 language')
  .option('--size <n>', 'how many hits', '10')
  .option('--api <url>', 'search API base URL', 'http://127.0.0.1:3000')
  .option('--json', 'print the raw JSON answer')
  .action(searchCommand);

program
  .command('normalise')
  .alias('normalize')
  .description(
    'print the normalised article as JSON (several files: one {file, article | rejected} line each)',
  )
  .argument('<files...>', 'article files')
  .option('--received-at <date>', 'upload time to assume (default: the file modification time)')
  .option('--content-type <type>', 'content type to assume, e.g. "text/html; charset=koi8-r"')
  .action(normaliseCommand);

program
  .command('detect')
  .description(
    'read {"text": …} JSON lines on stdin, write {"language", "confidence", "script", "languages"} lines',
  )
  .argument('[files...]', 'text files to identify instead, one answer line per file')
  .action(detectCommand);

program
  .command('reindex')
  .description(
    'move the OpenSearch articles (OPENSEARCH_URL or OPENSEARCH_ENDPOINT) to a new index version: create it, copy, verify, swap both aliases; rolls back on failure',
  )
  .option('--to-version <n>', "index version to move to (default: this build's INDEX_VERSION)")
  .action(reindexCommand);

program
  .command('redrive')
  .description(
    "send dead letters back to be ingested: from the running local stack (default), or from a deployed stage's dead-letter queue (--stage or --dead-letter-queue)",
  )
  .option('--api <url>', "the local stack's search API", 'http://127.0.0.1:3000')
  .option(
    '--transient-only',
    'local: only letters whose failure may have passed (timeouts, lost connections, a full disk)',
  )
  .option(
    '--stage <name>',
    'a deployed stage (dev, staging, prod): its dead-letter queue, from the stack outputs',
  )
  .option('--dead-letter-queue <url|arn>', 'a deployed dead-letter queue, by URL or ARN')
  .option('--max-per-second <n>', 'deployed: move at most n messages a second')
  .option('--no-wait', 'return once the redrive has started, without following it')
  .option('--json', 'print the result as JSON')
  .action(redriveCommand);

program
  .command('reconcile')
  .description(
    'compare a deployed bucket with its index and queue an event for every difference (objects missing or changed, articles whose object is gone), as the local stack does at every start',
  )
  .option(
    '--stage <name>',
    'a deployed stage (dev, staging, prod): bucket, queue and domain from the stack outputs',
  )
  .option('--bucket <name>', 'the article bucket (instead of, or over, --stage)')
  .option(
    '--queue-url <url>',
    'the ingest queue to send the events to (instead of, or over, --stage)',
  )
  .option('--endpoint <url>', 'an S3-compatible endpoint instead of AWS S3')
  .option('--dry-run', 'compare and report, queue nothing')
  .option('--json', 'print the summary as JSON')
  .action(reconcileCommand);

// Started as a script (`node --import tsx cli/main.ts …`), it runs; `bin/articles.js` and the
// in-process CLI tests import `program` and run it themselves.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await program.parseAsync();
}
