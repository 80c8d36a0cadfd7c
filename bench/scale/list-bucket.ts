// A client listing a whole bucket with ListObjectsV2, in a process of its own, as `aws s3 ls
// --recursive` would: `run.ts` times `/health` while this runs. In the bench's own process the
// SDK's parsing of each 1,000-key page (tens of milliseconds) held up the bench's own event loop,
// and so its `/health` timings, whatever the stack did.
//
// Usage: tsx bench/scale/list-bucket.ts S3_URL BUCKET. Prints `ready` once loaded, lists when a
// line arrives on its input (so its own start-up is not timed), then prints {"listed":N,"ms":T}.
import { paginateListObjectsV2 } from '@aws-sdk/client-s3';
import { localS3 } from './ingest.ts';

const [url, bucket] = process.argv.slice(2);
if (url === undefined || bucket === undefined) {
  process.stderr.write('usage: tsx bench/scale/list-bucket.ts S3_URL BUCKET\n');
  process.exit(2);
}
const s3 = localS3(url);
process.stdout.write('ready\n');
await new Promise((resolve) => process.stdin.once('data', resolve));
process.stdin.pause();
const started = performance.now();
let listed = 0;
for await (const page of paginateListObjectsV2({ client: s3 }, { Bucket: bucket })) {
  listed += page.Contents?.length ?? 0;
}
s3.destroy();
process.stdout.write(`${JSON.stringify({ listed, ms: performance.now() - started })}\n`);
