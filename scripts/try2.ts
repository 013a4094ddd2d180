import { parseDocument, isMap, isSeq } from 'yaml';
const src = `a:
  b: 1 # c
  l:
  - x: 1
    y: 2
  - z
  n:
  e: {}
  m:
    k: v
last: 1
`;
const d = parseDocument(src);
const show = (p: any[]) => { const n: any = d.getIn(p, true); console.log(p.join('.'), n?.constructor?.name, JSON.stringify(n?.range), JSON.stringify(src.slice(n?.range?.[0], n?.range?.[1]))); };
show(['a']); show(['a','l']); show(['a','l',0]); show(['a','n']); show(['a','e']); show(['a','m']);
const a: any = d.get('a', true);
for (const p of a.items) console.log('key', p.key.value, p.key.range, p.value?.range);
