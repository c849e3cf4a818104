/** `npm run bench`: every benchmark, medians and p95 against the goals of PRODUCT.md section 6. */
import { DOMAIN_GOALS, domainBenchmarks } from './domain.bench';
import { report } from './measure';

console.log(`Powermap benchmarks: Node ${process.version}, ${new Date().toISOString()}\n`);
console.log('Domain (shared/)');
report(domainBenchmarks(), DOMAIN_GOALS);
