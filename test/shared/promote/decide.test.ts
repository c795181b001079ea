/**
 * The promotion decision, rule by rule: the R5 refusals that belong to this layer (roles, bots,
 * forks, self-approval, stale or withdrawn approvals, allowlists), gates, the candidate binding, and
 * a property: a review that is not an eligible approval on the head SHA never turns a refusal into
 * an allowed promotion, and an allowed one always rests on enough eligible approvals.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decidePromotion,
  meetsRole,
  roleRank,
  type DecisionStage,
  type PromotionFacts,
  type ReviewFact,
} from '../../../shared/promote/index.js';

const HEAD = 'a'.repeat(40);
const OLD = 'b'.repeat(40);
const AUTHOR = 10;
const REQUESTER = 20;

const stage: DecisionStage = {
  name: 'production',
  required_role: 'maintain',
  approvals: 1,
  allow_self_approval: false,
  teams: [],
  users: [],
  gates: [],
};

function review(
  userId: number,
  state: ReviewFact['state'],
  opts: Partial<Omit<ReviewFact, 'user'>> & { type?: 'User' | 'Bot'; login?: string } = {},
): ReviewFact {
  return {
    id: opts.id ?? userId * 100,
    user: { id: userId, login: opts.login ?? `user${userId}`, type: opts.type ?? 'User' },
    state,
    commitId: opts.commitId ?? HEAD,
    submittedAt: opts.submittedAt ?? '2026-01-01T00:00:00Z',
    roleName: opts.roleName === undefined ? 'maintain' : opts.roleName,
    teams: opts.teams ?? [],
  };
}

function facts(over: Partial<PromotionFacts> = {}): PromotionFacts {
  return {
    stage,
    stageIndex: 1,
    requester: { id: REQUESTER, login: 'maintainer', type: 'User', roleName: 'maintain', teams: ['acme/ml'] },
    pull: { number: 7, author: { id: AUTHOR }, headSha: HEAD, state: 'open', fromFork: false },
    reviews: [review(30, 'APPROVED', { login: 'reviewer' })],
    candidate: { commit: HEAD, manifestSha256: 'c'.repeat(64) },
    gates: [],
    ...over,
  };
}

const requester = facts().requester;

interface Case {
  name: string;
  facts: PromotionFacts;
  allowed: boolean;
  refusal?: RegExp;
  missing?: RegExp;
  ignored?: RegExp;
  counted?: number;
}

const cases: Case[] = [
  { name: 'maintainer with one approval on the head SHA', facts: facts(), allowed: true, counted: 1 },
  {
    name: 'reader requester',
    facts: facts({ requester: { ...requester, login: 'reader', roleName: 'read' } }),
    allowed: false,
    refusal: /@reader has the role read; promoting to production needs maintain/,
  },
  {
    name: 'triager requester',
    facts: facts({ requester: { ...requester, login: 'triager', roleName: 'triage' } }),
    allowed: false,
    refusal: /has the role triage/,
  },
  {
    name: 'write requester on a maintain stage',
    facts: facts({ requester: { ...requester, roleName: 'write' } }),
    allowed: false,
    refusal: /needs maintain or higher/,
  },
  {
    name: 'admin requester',
    facts: facts({ requester: { ...requester, roleName: 'admin' } }),
    allowed: true,
  },
  {
    name: 'outsider (not a collaborator)',
    facts: facts({ requester: { ...requester, login: 'outsider', roleName: null } }),
    allowed: false,
    refusal: /@outsider is not a collaborator/,
  },
  {
    name: 'unknown custom role',
    facts: facts({ requester: { ...requester, roleName: 'release-manager' } }),
    allowed: false,
    refusal: /has the role release-manager/,
  },
  {
    name: 'custom role listed as maintain',
    facts: facts({
      requester: { ...requester, roleName: 'release-manager' },
      customRoles: { 'release-manager': 'maintain' },
    }),
    allowed: true,
  },
  {
    name: 'dependabot[bot] requester',
    facts: facts({ requester: { ...requester, login: 'dependabot[bot]', type: 'Bot', roleName: 'admin' } }),
    allowed: false,
    refusal: /dependabot\[bot\] is a bot/,
  },
  {
    name: 'closed PR',
    facts: facts({ pull: { ...facts().pull, state: 'closed' } }),
    allowed: false,
    refusal: /#7 is closed/,
  },
  {
    name: 'fork PR',
    facts: facts({ pull: { ...facts().pull, fromFork: true } }),
    allowed: false,
    refusal: /comes from a fork/,
  },
  {
    name: 'no candidate',
    facts: facts({ candidate: undefined }),
    allowed: false,
    refusal: /no registered candidate for this head SHA/,
  },
  {
    name: 'candidate bound to another commit',
    facts: facts({ candidate: { commit: OLD, manifestSha256: 'c'.repeat(64) } }),
    allowed: false,
    refusal: /registered for bbbbbbb, not for the head SHA aaaaaaa/,
  },
  {
    name: 'no approvals',
    facts: facts({ reviews: [] }),
    allowed: false,
    missing: /^1 more approval from someone with maintain on the head SHA aaaaaaa$/,
  },
  {
    name: 'PR author self-approval',
    facts: facts({ reviews: [review(AUTHOR, 'APPROVED')] }),
    allowed: false,
    ignored: /PR author/,
    missing: /1 more approval/,
  },
  {
    name: 'PR author self-approval even with allow_self_approval',
    facts: facts({ stage: { ...stage, allow_self_approval: true }, reviews: [review(AUTHOR, 'APPROVED')] }),
    allowed: false,
    ignored: /PR author/,
  },
  {
    name: 'requester approval without allow_self_approval',
    facts: facts({ reviews: [review(REQUESTER, 'APPROVED')] }),
    allowed: false,
    ignored: /requester cannot also approve/,
  },
  {
    name: 'requester approval with allow_self_approval',
    facts: facts({ stage: { ...stage, allow_self_approval: true }, reviews: [review(REQUESTER, 'APPROVED')] }),
    allowed: true,
    counted: 1,
  },
  {
    name: 'approval on an older SHA',
    facts: facts({ reviews: [review(30, 'APPROVED', { commitId: OLD })] }),
    allowed: false,
    ignored: /approved an older commit bbbbbbb/,
    missing: /1 more approval/,
  },
  {
    name: 'approval then changes requested',
    facts: facts({
      reviews: [
        review(30, 'APPROVED', { id: 1, submittedAt: '2026-01-01T00:00:00Z' }),
        review(30, 'CHANGES_REQUESTED', { id: 2, submittedAt: '2026-01-02T00:00:00Z' }),
      ],
    }),
    allowed: false,
    ignored: /changes were requested after it/,
  },
  {
    name: 'changes requested then approval',
    facts: facts({
      reviews: [
        review(30, 'CHANGES_REQUESTED', { id: 1, submittedAt: '2026-01-01T00:00:00Z' }),
        review(30, 'APPROVED', { id: 2, submittedAt: '2026-01-02T00:00:00Z' }),
      ],
    }),
    allowed: true,
  },
  {
    name: 'approval then a comment still counts',
    facts: facts({
      reviews: [
        review(30, 'APPROVED', { id: 1, submittedAt: '2026-01-01T00:00:00Z' }),
        review(30, 'COMMENTED', { id: 2, submittedAt: '2026-01-02T00:00:00Z' }),
      ],
    }),
    allowed: true,
  },
  {
    name: 'dismissed approval',
    facts: facts({ reviews: [review(30, 'DISMISSED')] }),
    allowed: false,
    missing: /1 more approval/,
  },
  {
    name: 'approval then dismissal',
    facts: facts({
      reviews: [
        review(30, 'APPROVED', { id: 1, submittedAt: '2026-01-01T00:00:00Z' }),
        review(30, 'DISMISSED', { id: 2, submittedAt: '2026-01-02T00:00:00Z' }),
      ],
    }),
    allowed: false,
    ignored: /dismissed/,
  },
  {
    name: 'approval by a read user',
    facts: facts({ reviews: [review(30, 'APPROVED', { roleName: 'read' })] }),
    allowed: false,
    ignored: /has the role read; approvals for production need maintain/,
  },
  {
    name: 'approval by a non-collaborator',
    facts: facts({ reviews: [review(30, 'APPROVED', { roleName: null })] }),
    allowed: false,
    ignored: /not a collaborator/,
  },
  {
    name: 'approval by a bot',
    facts: facts({ reviews: [review(30, 'APPROVED', { type: 'Bot', login: 'modelship[bot]' })] }),
    allowed: false,
    ignored: /bots never approve/,
  },
  {
    name: 'pending (draft) approval-like review does not count',
    facts: facts({ reviews: [review(30, 'PENDING')] }),
    allowed: false,
    missing: /1 more approval/,
  },
  {
    name: 'duplicate approvals from one user count once',
    facts: facts({
      stage: { ...stage, approvals: 2 },
      reviews: [review(30, 'APPROVED', { id: 1 }), review(30, 'APPROVED', { id: 2 })],
    }),
    allowed: false,
    counted: 1,
    missing: /^1 more approval from/,
  },
  {
    name: 'two approvers for two approvals',
    facts: facts({ stage: { ...stage, approvals: 2 }, reviews: [review(30, 'APPROVED'), review(31, 'APPROVED')] }),
    allowed: true,
    counted: 2,
  },
  {
    name: 'three approvals missing',
    facts: facts({ stage: { ...stage, approvals: 3 }, reviews: [] }),
    allowed: false,
    missing: /^3 more approvals/,
  },
  {
    name: 'zero approvals required',
    facts: facts({ stage: { ...stage, approvals: 0 }, reviews: [] }),
    allowed: true,
  },
  {
    name: 'team allowlist: requester not in the team',
    facts: facts({ stage: { ...stage, teams: ['acme/release'] } }),
    allowed: false,
    refusal: /not allowed to promote to production; only @acme\/release may/,
  },
  {
    name: 'team allowlist: requester and approver in the team (case-insensitive)',
    facts: facts({
      stage: { ...stage, teams: ['acme/ML'] },
      reviews: [review(30, 'APPROVED', { login: 'reviewer', teams: ['acme/ml'] })],
    }),
    allowed: true,
  },
  {
    name: 'team allowlist: an approval from outside the team does not count',
    facts: facts({ stage: { ...stage, teams: ['acme/ml'] } }),
    allowed: false,
    missing: /^1 more approval/,
  },
  {
    name: 'user allowlist by numeric id (requester and approver listed)',
    facts: facts({ stage: { ...stage, users: [REQUESTER, 30] } }),
    allowed: true,
  },
  {
    name: 'user allowlist: an approval from an unlisted user does not count',
    facts: facts({ stage: { ...stage, users: [REQUESTER] } }),
    allowed: false,
    missing: /^1 more approval/,
  },
  {
    name: 'user allowlist: requester not listed',
    facts: facts({ stage: { ...stage, users: [99] } }),
    allowed: false,
    refusal: /only the listed users may/,
  },
  {
    name: 'allowlist does not lift the role requirement',
    facts: facts({ stage: { ...stage, users: [REQUESTER] }, requester: { ...requester, roleName: 'write' } }),
    allowed: false,
    refusal: /needs maintain/,
  },
  {
    name: 'gate missing',
    facts: facts({ stage: { ...stage, gates: ['modelship/evaluate'] } }),
    allowed: false,
    missing: /check `modelship\/evaluate` has not run/,
  },
  {
    name: 'gate failed',
    facts: facts({
      stage: { ...stage, gates: ['modelship/evaluate'] },
      gates: [{ name: 'modelship/evaluate', passed: false }],
    }),
    allowed: false,
    missing: /has not succeeded/,
  },
  {
    name: 'gate passed',
    facts: facts({
      stage: { ...stage, gates: ['modelship/evaluate'] },
      gates: [{ name: 'modelship/evaluate', passed: true }],
    }),
    allowed: true,
  },
];

describe('decidePromotion', () => {
  it.each(cases)('$name', (c) => {
    const d = decidePromotion(c.facts);
    expect(d.allowed).toBe(c.allowed);
    if (c.allowed) {
      expect(d.refusals).toEqual([]);
      expect(d.missing).toEqual([]);
    } else {
      expect(d.refusals.length + d.missing.length).toBeGreaterThan(0);
    }
    if (c.refusal)
      expect(
        d.refusals.some((r) => c.refusal!.test(r)),
        d.refusals.join('\n'),
      ).toBe(true);
    if (c.missing)
      expect(
        d.missing.some((m) => c.missing!.test(m)),
        d.missing.join('\n'),
      ).toBe(true);
    if (c.ignored)
      expect(
        d.ignoredApprovals.some((i) => c.ignored!.test(i.reason)),
        JSON.stringify(d.ignoredApprovals),
      ).toBe(true);
    if (c.counted !== undefined) expect(d.countedApprovals).toHaveLength(c.counted);
  });

  it('reports every refusal, not only the first', () => {
    const d = decidePromotion(
      facts({
        pull: { ...facts().pull, state: 'closed', fromFork: true },
        requester: { ...requester, roleName: 'read' },
        candidate: undefined,
      }),
    );
    expect(d.refusals).toHaveLength(4);
  });

  it('orders reviews by time, not by list order', () => {
    const d = decidePromotion(
      facts({
        reviews: [
          review(30, 'CHANGES_REQUESTED', { id: 2, submittedAt: '2026-01-02T00:00:00Z' }),
          review(30, 'APPROVED', { id: 1, submittedAt: '2026-01-01T00:00:00Z' }),
        ],
      }),
    );
    expect(d.allowed).toBe(false);
  });
});

describe('roles', () => {
  it('orders read < triage < write < maintain < admin', () => {
    expect(['read', 'triage', 'write', 'maintain', 'admin'].map((r) => roleRank(r))).toEqual([0, 1, 2, 3, 4]);
    expect(meetsRole('admin', 'maintain')).toBe(true);
    expect(meetsRole('maintain', 'admin')).toBe(false);
    expect(meetsRole(null, 'write')).toBe(false);
    expect(meetsRole('Admin', 'write')).toBe(false);
    expect(meetsRole('toString', 'write')).toBe(false);
    expect(meetsRole('x', 'write', { x: 'write' })).toBe(true);
  });
});

describe('property', () => {
  const roles = fc.constantFrom<string | null>('read', 'triage', 'write', 'maintain', 'admin', 'custom', null);
  const states = fc.constantFrom<ReviewFact['state']>(
    'APPROVED',
    'CHANGES_REQUESTED',
    'COMMENTED',
    'DISMISSED',
    'PENDING',
  );
  const userIds = fc.constantFrom(AUTHOR, REQUESTER, 30, 31, 32);
  const reviewArb = fc
    .record({
      id: fc.integer({ min: 1, max: 1000 }),
      userId: userIds,
      bot: fc.boolean(),
      state: states,
      head: fc.boolean(),
      day: fc.integer({ min: 1, max: 28 }),
      roleName: roles,
    })
    .map((r) =>
      review(r.userId, r.state, {
        id: r.id,
        type: r.bot ? 'Bot' : 'User',
        commitId: r.head ? HEAD : OLD,
        submittedAt: `2026-02-${String(r.day).padStart(2, '0')}T00:00:00Z`,
        roleName: r.roleName,
      }),
    );
  const factsArb = fc
    .record({
      required: fc.constantFrom('write' as const, 'maintain' as const, 'admin' as const),
      approvals: fc.integer({ min: 0, max: 3 }),
      self: fc.boolean(),
      requesterRole: roles,
      reviews: fc.array(reviewArb, { maxLength: 8 }),
      gatePassed: fc.option(fc.boolean()),
    })
    .map((r) =>
      facts({
        stage: {
          ...stage,
          required_role: r.required,
          approvals: r.approvals,
          allow_self_approval: r.self,
          gates: r.gatePassed === null ? [] : ['eval'],
        },
        requester: { ...requester, roleName: r.requesterRole },
        reviews: r.reviews,
        gates: r.gatePassed === null ? [] : [{ name: 'eval', passed: r.gatePassed }],
      }),
    );

  function eligibleApprovalOnHead(f: PromotionFacts, r: ReviewFact): boolean {
    return (
      r.state === 'APPROVED' &&
      r.commitId === f.pull.headSha &&
      r.user.type === 'User' &&
      r.user.id !== f.pull.author.id &&
      (f.stage.allow_self_approval || r.user.id !== f.requester.id) &&
      meetsRole(r.roleName, f.stage.required_role)
    );
  }

  it('a review that is not an eligible approval on the head SHA never allows a refused promotion', () => {
    fc.assert(
      fc.property(factsArb, reviewArb, (f, extra) => {
        fc.pre(!eligibleApprovalOnHead(f, extra));
        const before = decidePromotion(f);
        const after = decidePromotion({ ...f, reviews: [...f.reviews, extra] });
        if (!before.allowed) expect(after.allowed).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('allowed implies enough eligible counted approvers', () => {
    fc.assert(
      fc.property(factsArb, (f) => {
        const d = decidePromotion(f);
        const ids = d.countedApprovals.map((c) => c.userId);
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of ids) {
          expect(f.reviews.some((r) => r.user.id === id && eligibleApprovalOnHead(f, r))).toBe(true);
        }
        if (d.allowed) {
          expect(d.countedApprovals.length).toBeGreaterThanOrEqual(f.stage.approvals);
          expect(meetsRole(f.requester.roleName, f.stage.required_role)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
