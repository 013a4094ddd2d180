import { lintPaths } from '/work/main/src/lint/lint-paths.ts';
const r = await lintPaths(process.argv.slice(2), { cwd: process.cwd() });
for (const f of r.report.findings) console.log(`${f.file}:${f.line}:${f.column} ${f.severity} ${f.ruleId} ${f.message}`);
console.log(r.problems, r.report.summary);
