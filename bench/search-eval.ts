// `npm run search:eval`: hit@1 and hit@3 of Query.search over the analyst phrasings in src/search/phrasings.ts,
// through GraphQL (in-process Yoga) against the seeded graph. Prints each miss. Not a test: it prints numbers.
import { loadConfig } from '../src/config/config.js';
import { createApi } from '../src/graphql/yoga.js';
import { connect, exitOnError } from '../src/cli/connect.js';
import { phrasings } from '../src/search/phrasings.js';

const QUERY = 'query($text: String!) { search(text: $text, first: 3) { entity { id } } }';

async function main() {
  const db = await connect(loadConfig(), () => {});
  const api = createApi(db);
  let hit1 = 0;
  let hit3 = 0;
  for (const p of phrasings) {
    const res = await api.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: QUERY, variables: { text: p.text } }),
    });
    const body = (await res.json()) as { data?: { search: { entity: { id: string } }[] }; errors?: unknown };
    const ids = body.data?.search.map((h) => h.entity.id) ?? [];
    if (ids[0] === p.expect) hit1++;
    if (ids.slice(0, 3).includes(p.expect)) hit3++;
    if (ids[0] !== p.expect) console.log(`miss  ${JSON.stringify(p.text)} -> [${ids.join(', ')}] (want ${p.expect})`);
  }
  const n = phrasings.length;
  console.log(`phrasings: ${n}  hit@1: ${hit1}/${n} (${((100 * hit1) / n).toFixed(1)}%)  hit@3: ${hit3}/${n} (${((100 * hit3) / n).toFixed(1)}%)`);
  await db.close();
}

main().catch(exitOnError);
