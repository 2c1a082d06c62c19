import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, swedishToday } from "../../server/modules/claim/claim-period.js";
import { claimIn } from "../helpers/claim-history.js";
import { codes, startTestServer, store, storeAvailable, type TestServer } from "../helpers/test-server.js";

const RECORD_FOLLOW_UP = `mutation($input: RecordFollowUpInput!) { recordFollowUp(input: $input) { id stage dueOn heldOn attendance tasks notes } }`;
const RECORD_OUTCOME = `mutation($input: RecordOutcomeInput!) { recordOutcome(input: $input) { id stage category detail subsidised earlyEndReason } }`;
const CLAIM = `query($id: ID!) { claim(id: $id) { id status followUps { stage dueOn state record { id notes } } outcomes { stage category } } }`;
const DUE = `query($within: Int!) { followUpsDue(withinDays: $within) { stage dueOn state claim { id placement { id title } } } }`;

describe.skipIf(!storeAvailable)(`follow-ups and outcomes (${store})`, () => {
  let server: TestServer;
  let koping: string;
  let arboga: string;
  const today = swedishToday();

  beforeAll(async () => {
    server = await startTestServer();
    koping = await server.login("coordinator@koping.demo");
    arboga = await server.login("coordinator@arboga.demo");
  });
  afterAll(() => server?.close());

  describe("the schedule", () => {
    it("schedules an internship's follow-ups two weeks after start, at the end and 90 days after, from the claim's dates", async () => {
      const start = addDays(today, -20);
      const end = addDays(today, 30);
      const { claim } = await claimIn(server, { owner: "arboga", claimant: "koping", start, end, status: "ACTIVE" });
      const result = await server.gql(CLAIM, { id: claim.id }, koping);
      expect(result.errors).toBeUndefined();
      expect(result.data.claim.followUps.map((f: { stage: string; dueOn: string; state: string }) => [f.stage, f.dueOn, f.state])).toEqual([
        ["START_2W", addDays(start, 14), "OVERDUE"],
        ["END", end, "UPCOMING"],
        ["END_90D", addDays(end, 90), "UPCOMING"],
      ]);
    });

    it("lists overdue and due follow-ups on My organisation, and never another organisation's", async () => {
      const { claim } = await claimIn(server, {
        owner: "arboga",
        claimant: "koping",
        start: addDays(today, -10),
        end: addDays(today, 60),
        status: "ACTIVE",
        kind: "WORK_TRAINING",
      });
      const due = (await server.gql(DUE, { within: 14 }, koping)).data.followUpsDue as {
        stage: string;
        dueOn: string;
        state: string;
        claim: { id: string };
      }[];
      const ours = due.filter((item) => item.claim.id === claim.id);
      expect(ours).toEqual([expect.objectContaining({ stage: "START_2W", dueOn: addDays(today, 4), state: "DUE" })]);
      expect(due.every((item) => item.state === "OVERDUE" || item.state === "DUE")).toBe(true);
      expect(due.map((item) => item.dueOn)).toEqual([...due.map((item) => item.dueOn)].sort());
      const theirs = (await server.gql(DUE, { within: 14 }, arboga)).data.followUpsDue as { claim: { id: string } }[];
      expect(theirs.some((item) => item.claim.id === claim.id)).toBe(false);
    });

    it("shows the placement's owner no follow-ups or outcomes of another organisation's participant", async () => {
      const { claim } = await claimIn(server, {
        owner: "arboga",
        claimant: "koping",
        start: "2025-01-06",
        end: "2025-02-28",
        status: "COMPLETED",
      });
      await server.gql(RECORD_OUTCOME, { input: { claimId: claim.id, stage: "AT_END", category: "NOT_REACHABLE" } }, koping);
      const seen = await server.gql(CLAIM, { id: claim.id }, arboga);
      expect(seen.data.claim.id).toBe(claim.id);
      expect(seen.data.claim.followUps).toEqual([]);
      expect(seen.data.claim.outcomes).toEqual([]);
    });
  });

  describe("recordFollowUp", () => {
    it("records the structured record and notes, and recording the stage again replaces it", async () => {
      const { claim } = await claimIn(server, {
        owner: "arboga",
        claimant: "koping",
        start: addDays(today, -20),
        end: addDays(today, 30),
        status: "ACTIVE",
      });
      const input = {
        claimId: claim.id,
        stage: "START_2W",
        heldOn: addDays(today, -5),
        attendance: "PARTICIPANT_AND_SUPERVISOR",
        tasks: "Plockar lager",
        notes: "Bra start.",
      };
      const first = await server.gql(RECORD_FOLLOW_UP, { input }, koping);
      expect(first.errors).toBeUndefined();
      expect(first.data.recordFollowUp).toMatchObject({
        stage: "START_2W",
        dueOn: addDays(today, -6),
        attendance: "PARTICIPANT_AND_SUPERVISOR",
        tasks: "Plockar lager",
      });
      const again = await server.gql(RECORD_FOLLOW_UP, { input: { ...input, notes: "Bättre nu." } }, koping);
      expect(again.data.recordFollowUp.id).toBe(first.data.recordFollowUp.id);
      const shown = (await server.gql(CLAIM, { id: claim.id }, koping)).data.claim.followUps[0];
      expect(shown).toMatchObject({ state: "DONE", record: { notes: "Bättre nu." } });
    });

    it("refuses notes holding a personal identity number, an unknown stage, a day after today, and another organisation's claim", async () => {
      const { claim } = await claimIn(server, {
        owner: "arboga",
        claimant: "koping",
        start: addDays(today, -20),
        end: addDays(today, 30),
        status: "ACTIVE",
      });
      const input = { claimId: claim.id, stage: "START_2W", heldOn: today, attendance: "PARTICIPANT_ONLY" };
      const identity = await server.gql(RECORD_FOLLOW_UP, { input: { ...input, notes: "Deltagaren 19811218-9876 mår bra" } }, koping);
      expect(identity.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "TEXT_HOLDS_IDENTITY_NUMBER" });
      const stage = await server.gql(RECORD_FOLLOW_UP, { input: { ...input, stage: "START_3M" } }, koping);
      expect(stage.errors?.[0].extensions).toMatchObject({
        reason: "FOLLOW_UP_STAGE_UNKNOWN",
        field: "input.stage",
        params: { stages: ["START_2W", "END", "END_90D"] },
      });
      const future = await server.gql(RECORD_FOLLOW_UP, { input: { ...input, heldOn: addDays(today, 2) } }, koping);
      expect(future.errors?.[0].extensions).toMatchObject({ reason: "DATE_IN_FUTURE", field: "input.heldOn" });
      expect(codes(await server.gql(RECORD_FOLLOW_UP, { input }, arboga))).toEqual(["NOT_FOUND"]);
      expect(codes(await server.gql(RECORD_FOLLOW_UP, { input }, await server.login("viewer@koping.demo")))).toEqual(["FORBIDDEN"]);
    });

    it("refuses a follow-up before the person has started", async () => {
      const { claim } = await claimIn(server, {
        owner: "arboga",
        claimant: "koping",
        start: addDays(today, 5),
        end: addDays(today, 40),
        status: "CONFIRMED",
      });
      const result = await server.gql(
        RECORD_FOLLOW_UP,
        { input: { claimId: claim.id, stage: "START_2W", heldOn: today, attendance: "NOBODY" } },
        koping,
      );
      expect(result.errors?.[0].extensions).toMatchObject({
        code: "CONFLICT",
        reason: "FOLLOW_UP_BEFORE_START",
        params: { status: "CONFIRMED" },
      });
    });
  });

  describe("recordOutcome", () => {
    it("records work with its kind and subsidy at the end, and the outcome again after 90 days", async () => {
      const { claim } = await claimIn(server, {
        owner: "arboga",
        claimant: "koping",
        start: "2025-01-06",
        end: "2025-02-28",
        status: "COMPLETED",
      });
      const atEnd = await server.gql(
        RECORD_OUTCOME,
        { input: { claimId: claim.id, stage: "AT_END", category: "WORK", detail: "FIXED_TERM", subsidised: true } },
        koping,
      );
      expect(atEnd.errors).toBeUndefined();
      expect(atEnd.data.recordOutcome).toMatchObject({ stage: "AT_END", category: "WORK", detail: "FIXED_TERM", subsidised: true });
      const later = await server.gql(
        RECORD_OUTCOME,
        { input: { claimId: claim.id, stage: "DAYS_90", category: "STUDIES", detail: "ADULT_EDUCATION" } },
        koping,
      );
      expect(later.data.recordOutcome).toMatchObject({
        stage: "DAYS_90",
        category: "STUDIES",
        detail: "ADULT_EDUCATION",
        subsidised: null,
      });
      const shown = (await server.gql(CLAIM, { id: claim.id }, koping)).data.claim.outcomes;
      expect(shown.map((o: { stage: string; category: string }) => [o.stage, o.category])).toEqual([
        ["AT_END", "WORK"],
        ["DAYS_90", "STUDIES"],
      ]);
    });

    it("asks for a reason category when the claim ended early", async () => {
      const { claim } = await claimIn(server, {
        owner: "arboga",
        claimant: "koping",
        start: addDays(today, -30),
        end: addDays(today, 30),
        status: "ENDED_EARLY",
      });
      const missing = await server.gql(RECORD_OUTCOME, { input: { claimId: claim.id, stage: "AT_END", category: "ENDED_EARLY" } }, koping);
      expect(missing.errors?.[0].extensions).toMatchObject({ reason: "EARLY_END_REASON_REQUIRED", field: "input.earlyEndReason" });
      const given = await server.gql(
        RECORD_OUTCOME,
        { input: { claimId: claim.id, stage: "AT_END", category: "ENDED_EARLY", earlyEndReason: "HEALTH" } },
        koping,
      );
      expect(given.data.recordOutcome).toMatchObject({ category: "ENDED_EARLY", earlyEndReason: "HEALTH", detail: null });
    });

    it("refuses a detail of another category, an outcome before the end, and the 90-day outcome before its day", async () => {
      const ended = await claimIn(server, {
        owner: "arboga",
        claimant: "koping",
        start: addDays(today, -40),
        end: addDays(today, -3),
        status: "COMPLETED",
      });
      const mismatch = await server.gql(
        RECORD_OUTCOME,
        { input: { claimId: ended.claim.id, stage: "AT_END", category: "WORK", detail: "SFI" } },
        koping,
      );
      expect(mismatch.errors?.[0].extensions).toMatchObject({
        reason: "OUTCOME_DETAIL_MISMATCH",
        params: { category: "WORK", details: ["PERMANENT", "FIXED_TERM", "HOURLY", "SELF_EMPLOYED"] },
      });
      const early = await server.gql(
        RECORD_OUTCOME,
        { input: { claimId: ended.claim.id, stage: "DAYS_90", category: "NOT_REACHABLE" } },
        koping,
      );
      expect(early.errors?.[0].extensions).toMatchObject({ code: "CONFLICT", reason: "OUTCOME_NOT_DUE" });
      const active = await claimIn(server, {
        owner: "arboga",
        claimant: "koping",
        start: addDays(today, -5),
        end: addDays(today, 30),
        status: "ACTIVE",
      });
      const running = await server.gql(
        RECORD_OUTCOME,
        { input: { claimId: active.claim.id, stage: "AT_END", category: "NOT_REACHABLE" } },
        koping,
      );
      expect(running.errors?.[0].extensions).toMatchObject({
        code: "CONFLICT",
        reason: "OUTCOME_BEFORE_END",
        params: { status: "ACTIVE" },
      });
      expect(
        codes(await server.gql(RECORD_OUTCOME, { input: { claimId: ended.claim.id, stage: "AT_END", category: "NOT_REACHABLE" } }, arboga)),
      ).toEqual(["NOT_FOUND"]);
    });
  });
});
