// How each kind and relationship type looks, declared once: the Neo4j Browser style (guide/khorasan.grass, written by
// `npm run generate`) and the explorer's Cytoscape stylesheet both derive from these entries, so they cannot drift.
import { CASUALTY_REPORT, type NodeLabel, type RelationshipTypeName } from './model.js';

export interface NodeStyle {
  /** Fill colour. */
  color: string;
  /** Outline colour. */
  border: string;
  /** Caption colour inside the node. */
  text: string;
  /** Diameter in pixels (Browser) and the explorer's node size. */
  diameter: number;
  /** The property shown as the node's caption. */
  caption: string;
}

export interface RelationshipStyle {
  color: string;
  /** Line width in pixels. */
  width: number;
}

export const defaultNodeStyle = { color: '#A5ABB6', border: '#9AA1AC', text: '#FFFFFF', diameter: 50, caption: 'name' } as const;
export const defaultRelationshipStyle = { color: '#A5ABB6', width: 1 } as const;

export const nodeStyles: Record<NodeLabel | typeof CASUALTY_REPORT.label, NodeStyle> = {
  Person: { color: '#4C8EDA', border: '#2870C2', text: '#FFFFFF', diameter: 55, caption: 'name' },
  Group: { color: '#C0392B', border: '#962D22', text: '#FFFFFF', diameter: 70, caption: 'name' },
  Place: { color: '#57C7A0', border: '#3FA884', text: '#103A2C', diameter: 50, caption: 'name' },
  Attack: { color: '#E67E22', border: '#B8641B', text: '#FFFFFF', diameter: 60, caption: 'name' },
  Event: { color: '#F4C542', border: '#C9A133', text: '#3D3105', diameter: 50, caption: 'name' },
  Publication: { color: '#8E6CC8', border: '#7055A3', text: '#FFFFFF', diameter: 45, caption: 'name' },
  Estimate: { color: '#A5ABB6', border: '#868C96', text: '#222222', diameter: 40, caption: 'figureText' },
  Claim: { color: '#D66BA0', border: '#B05283', text: '#FFFFFF', diameter: 45, caption: 'name' },
  Community: { color: '#6DCE9E', border: '#52AE81', text: '#123524', diameter: 55, caption: 'name' },
  Finance: { color: '#2E8B57', border: '#236B43', text: '#FFFFFF', diameter: 45, caption: 'name' },
  Source: { color: '#5D6D7E', border: '#47535F', text: '#FFFFFF', diameter: 40, caption: 'name' },
  CasualtyReport: { color: '#FFE3CC', border: '#E67E22', text: '#5A2D00', diameter: 35, caption: 'killed' },
};

export const relationshipStyles: Record<RelationshipTypeName | typeof CASUALTY_REPORT.relationship, RelationshipStyle> = {
  LED: { color: '#C0392B', width: 3 },
  SUCCEEDED: { color: '#C0392B', width: 1 },
  MEMBER_OF: { color: '#4C8EDA', width: 1 },
  FORMER_MEMBER_OF: { color: '#8FB6E8', width: 1 },
  BRANCH_OF: { color: '#962D22', width: 2 },
  AFFILIATED_WITH: { color: '#D98880', width: 1 },
  PLEDGED_ALLEGIANCE_TO: { color: '#D98880', width: 1 },
  FORMED_FROM: { color: '#D98880', width: 1 },
  INTEGRATED_INTO: { color: '#D98880', width: 1 },
  RECRUITS_FROM: { color: '#6DCE9E', width: 1 },
  FIGHTS: { color: '#7B241C', width: 2 },
  COORDINATED_WITH: { color: '#D98880', width: 1 },
  PART_OF: { color: '#3FA884', width: 2 },
  OVERLAPS: { color: '#A3E4D7', width: 1 },
  OPERATES_IN: { color: '#57C7A0', width: 1 },
  BASED_IN: { color: '#57C7A0', width: 1 },
  ORIGINATES_FROM: { color: '#57C7A0', width: 1 },
  BORN_IN: { color: '#57C7A0', width: 1 },
  FUNDED_BY: { color: '#2E8B57', width: 1 },
  TRANSFERS_FUNDS_VIA: { color: '#2E8B57', width: 1 },
  PERPETRATED: { color: '#E67E22', width: 2 },
  DENIED_RESPONSIBILITY: { color: '#F5B041', width: 1 },
  PLANNED: { color: '#E67E22', width: 1 },
  CONDUCTED: { color: '#F4C542', width: 1 },
  OCCURRED_AT: { color: '#3FA884', width: 1 },
  TARGETED: { color: '#B8641B', width: 1 },
  LED_ATTACK: { color: '#E67E22', width: 3 },
  KILLED_IN: { color: '#7B241C', width: 1 },
  CAPTURED_BY: { color: '#5D6D7E', width: 1 },
  FREED_IN: { color: '#E67E22', width: 3 },
  PUBLISHED_BY: { color: '#8E6CC8', width: 1 },
  LEAKED: { color: '#8E6CC8', width: 1 },
  AUTHORED: { color: '#8E6CC8', width: 1 },
  DESIGNATED: { color: '#5D6D7E', width: 2 },
  ESTIMATED: { color: '#868C96', width: 1 },
  MADE_CLAIM: { color: '#D66BA0', width: 2 },
  ABOUT: { color: '#E8B4CF', width: 1 },
  HAS_CASUALTY_REPORT: { color: '#F0B27A', width: 1 },
};
