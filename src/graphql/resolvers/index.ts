// All resolvers: one file per root field, the type fields in entity-fields.ts.
import { GraphQLScalarType, Kind } from 'graphql';
import { attacks } from './attacks.js';
import { claims } from './claims.js';
import { designations } from './designations.js';
import { entity } from './entity.js';
import { entityTypeResolvers } from './entity-fields.js';
import { estimates } from './estimates.js';
import { exportLink } from './export-link.js';
import { health } from './health.js';
import { leadership } from './leadership.js';
import { neighborhood } from './neighborhood.js';
import { pathSearch, pathStep, paths } from './paths.js';
import { relationships } from './relationships.js';
import { search } from './search.js';
import { distinctAttacks, stats } from './stats.js';
import { timeline } from './timeline.js';
import { asOfCertainty, validity } from './validity-fields.js';
import { badInput } from '../errors.js';
import { echo } from '../args.js';
import { listFieldName, listLabels } from '../../model/list-fields.js';
import { handWrittenLists } from '../lists/sdl.js';
import { listResolver } from '../lists/list-resolver.js';
import { relationshipSummary } from './relationship-summary.js';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** YYYY-MM-DD in and out; a bad literal is a BAD_USER_INPUT error. */
const DateScalar = new GraphQLScalarType({
  name: 'Date',
  serialize: (v) => String(v),
  parseValue: (v) => {
    if (typeof v !== 'string' || !isoDate.test(v)) throw badInput('Date', `must be a date as YYYY-MM-DD (got ${echo(v)})`);
    return v;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING || !isoDate.test(ast.value)) throw badInput('Date', 'must be a date as YYYY-MM-DD');
    return ast.value;
  },
});

const withRelationships = Object.fromEntries(
  Object.entries(entityTypeResolvers).map(([type, fields]) =>
    type === 'Entity' || !('kind' in fields) ? [type, fields] : [type, { ...fields, relationships, relationshipSummary }],
  ),
);

// people, groups, places, …: one generic resolver per kind, from the model (attacks and claims have their own).
const lists = Object.fromEntries(listLabels.filter((l) => !handWrittenLists.includes(l)).map((l) => [listFieldName(l), listResolver(l)]));

export const resolvers = {
  Date: DateScalar,
  Query: {
    ...lists,
    entity,
    search,
    neighborhood,
    paths,
    pathSearch,
    attacks,
    leadership,
    timeline,
    claims,
    estimates,
    designations,
    exportLink,
    health,
    stats,
  },
  Stats: { distinctAttacks },
  PathStep: pathStep,
  // GraphQL's upper-case enum values, the route's lower-case format names inside.
  ExportFormat: { STIX: 'stix', CYPHER: 'cypher', CSV: 'csv', GRAPHML: 'graphml', GEXF: 'gexf' },
  ...withRelationships,
  Edge: { ...withRelationships.Edge, validity, asOfCertainty },
  Tenure: { ...withRelationships.Tenure, validity },
};
