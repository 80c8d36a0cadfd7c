import { measureBundles } from './bundles.ts';

console.log(await measureBundles());
