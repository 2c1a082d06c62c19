import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuditEntry } from "../../server/modules/audit/audit-entry.entity.js";
import { codes, startTestServer, store, storeAvailable, type TestServer } from "../helpers/test-server.js";

const POST = `mutation($input: PostPlacementInput!) { postPlacement(input: $input) { id } }`;
const LEAVE = `mutation($input: LeavePlacementFeedbackInput!) {
  leavePlacementFeedback(input: $input) { id kind text tags basedOnClaim resolved answer organisation { slug } allowedActions }
}`;
const ANSWER = `mutation($input: AnswerPlacementFeedbackInput!) { answerPlacementFeedback(input: $input) { id answer answeredAt } }`;
const RESOLVE = `mutation($id: ID!) { resolvePlacementWarning(id: $id) { id resolved resolvedAt } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawPlacementFeedback(id: $id) { id } }`;
const PAGE = `query($id: ID!) { placement(id: $id) {
  id feedback { id kind text tags resolved answer organisation { slug } author { name } allowedActions }
  feedbackSummary { count warnings openWarnings recommendations latestKind latestExcerpt latestResolved }
} }`;
const BOARD = `query($first: Int) { board(first: $first) { edges { node { id feedbackSummary { count openWarnings latestKind latestExcerpt } } } } }`;
const REGISTER = `mutation($code: String!) { registerParticipant(input: { code: $code }) { id } }`;
const CLAIM = `mutation($p: ID!) { claimSeat(input: { placementId: $p }) { id } }`;

const reasons = (response: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  response.errors?.map((error) => error.extensions?.reason) ?? [];

/**
 * Recommendations and warnings between coordinators: a warning Arboga leaves on Köping's
 * placement is seen by Kungsör on the board card and the placement page; Köping answers it and
 * Köping's admin marks it resolved; an organisation that may not see the placement sees none of it.
 */
describe.skipIf(!storeAvailable)(`recommendations and warnings about placements (${store})`, () => {
  let server: TestServer;
  let koping: string;
  let kopingAdmin: string;
  let arboga: string;
  let arbogaAdmin: string;
  let kungsor: string;
  let kungsorViewer: string;
  let af: string;
  let placementId: string;
  let warningId: string;

  const post = async (token: string, input: Record<string, unknown>) => {
    const workplace = (await server.gql(`{ workplaces { id } }`, {}, token)).data.workplaces[0];
    const posted = await server.gql(
      POST,
      { input: { kind: "INTERNSHIP", workplaceId: workplace.id, capacity: 2, startDate: "2027-03-01", ...input } },
      token,
    );
    expect(codes(posted)).toEqual([]);
    return posted.data.postPlacement.id as string;
  };

  beforeAll(async () => {
    server = await startTestServer();
    [koping, kopingAdmin, arboga, arbogaAdmin, kungsor, kungsorViewer, af] = await Promise.all(
      [
        "coordinator@koping.demo",
        "admin@koping.demo",
        "coordinator@arboga.demo",
        "admin@arboga.demo",
        "coordinator@kungsor.demo",
        "viewer@kungsor.demo",
        "coordinator@arbetsformedlingen.demo",
      ].map((email) => server.login(email)),
    );
    const organisations = (await server.gql(`{ organisations { id slug } }`, {}, koping)).data.organisations as {
      id: string;
      slug: string;
    }[];
    const idOf = (slug: string) => organisations.find((o) => o.slug === slug)!.id;
    // Shown to Arboga and Kungsör only: Arbetsförmedlingen may not see it.
    placementId = await post(koping, {
      title: "Lagerarbete, Köping (feedback)",
      visibility: "SELECTED",
      visibleToOrganisationIds: [idOf("arboga"), idOf("kungsor")],
    });
  });
  afterAll(() => server?.close());

  describe("leavePlacementFeedback", () => {
    it("stores a warning from Arboga on Köping's placement, with its tags, and audits it", async () => {
      expect(codes(await server.gql(CLAIM, { p: placementId }, arboga))).toEqual([]);
      const left = await server.gql(
        LEAVE,
        {
          input: {
            placementId,
            kind: "WARNING",
            text: "Handledaren var sällan på plats och ingen fick skyddsskor första veckan.",
            tags: ["SUPERVISION", "SAFETY"],
          },
        },
        arboga,
      );
      expect(codes(left)).toEqual([]);
      const feedback = left.data.leavePlacementFeedback;
      warningId = feedback.id;
      expect(feedback).toMatchObject({
        kind: "WARNING",
        tags: ["SUPERVISION", "SAFETY"],
        basedOnClaim: true,
        resolved: false,
        answer: null,
        organisation: { slug: "arboga" },
        allowedActions: ["WITHDRAW"],
      });
      const audited = await server.dataSource.getRepository(AuditEntry).findBy({ entityId: warningId });
      expect(audited.map((entry) => entry.action)).toEqual(["leavePlacementFeedback"]);
    });

    it("refuses a text holding a personal identity number, with the text rule's reason", async () => {
      const response = await server.gql(
        LEAVE,
        { input: { placementId, kind: "WARNING", text: "Det gäller personen med nummer 19900101-1239, som slutade." } },
        arboga,
      );
      expect(codes(response)).toEqual(["BAD_USER_INPUT"]);
      expect(reasons(response)).toEqual(["TEXT_HOLDS_IDENTITY_NUMBER"]);
      expect(response.errors![0].extensions!.field).toBe("input.text");
    });

    it("refuses a text naming one of the writer's own organisation's participant codes, in any letter case", async () => {
      expect(codes(await server.gql(REGISTER, { code: "ARB-FB-771" }, arboga))).toEqual([]);
      for (const text of [
        "ARB-FB-771 trivdes inte alls här.",
        "Vår deltagare (arb-fb-771) fick inga uppgifter.",
        "Se arb-fb-771-ärendet.",
      ]) {
        const response = await server.gql(LEAVE, { input: { placementId, kind: "WARNING", text } }, arboga);
        expect(reasons(response), text).toEqual(["TEXT_HOLDS_PARTICIPANT_CODE"]);
        expect(response.errors![0].extensions!.field).toBe("input.text");
      }
    });

    it("does not refuse another organisation's participant code: checking it would reveal that the code exists", async () => {
      expect(codes(await server.gql(REGISTER, { code: "KUN-FB-42" }, kungsor))).toEqual([]);
      const response = await server.gql(
        LEAVE,
        { input: { placementId, kind: "RECOMMENDATION", text: "Bra introduktion, KUN-FB-42 är inte vår kod." } },
        arboga,
      );
      expect(codes(response)).toEqual([]);
      expect(response.data.leavePlacementFeedback.basedOnClaim).toBe(true);
      expect(codes(await server.gql(WITHDRAW, { id: response.data.leavePlacementFeedback.id }, arboga))).toEqual([]);
    });

    it("refuses feedback on the writer's own placement: the owner answers instead", async () => {
      const response = await server.gql(LEAVE, { input: { placementId, kind: "RECOMMENDATION", text: "Vi är bäst." } }, koping);
      expect(reasons(response)).toEqual(["FEEDBACK_ON_OWN_PLACEMENT"]);
    });

    it("answers NOT_FOUND to an organisation that may not see the placement, and refuses viewers by role", async () => {
      const hidden = await server.gql(LEAVE, { input: { placementId, kind: "WARNING", text: "Hörde att det var dåligt." } }, af);
      expect(codes(hidden)).toEqual(["NOT_FOUND"]);
      const viewer = await server.gql(LEAVE, { input: { placementId, kind: "WARNING", text: "Läser bara." } }, kungsorViewer);
      expect(reasons(viewer)).toEqual(["ROLE_REQUIRED"]);
    });

    it("refuses a text that is too short and unknown tags before anything is stored", async () => {
      expect(reasons(await server.gql(LEAVE, { input: { placementId, kind: "WARNING", text: "x" } }, arboga))).toEqual(["TEXT_LENGTH"]);
      const badTag = await server.gql(LEAVE, { input: { placementId, kind: "WARNING", text: "Okänd tagg", tags: ["WEATHER"] } }, arboga);
      expect(codes(badTag)).toEqual(["BAD_USER_INPUT"]);
    });
  });

  describe("who sees it", () => {
    it("shows it to a Kungsör coordinator on the board card (a count and the latest excerpt) and in full on the page", async () => {
      const board = (await server.gql(BOARD, { first: 100 }, kungsor)).data.board.edges.map((edge: { node: unknown }) => edge.node);
      expect(board.find((node: { id: string }) => node.id === placementId)).toEqual({
        id: placementId,
        feedbackSummary: {
          count: 1,
          openWarnings: 1,
          latestKind: "WARNING",
          latestExcerpt: "Handledaren var sällan på plats och ingen fick skyddsskor första veckan.",
        },
      });
      const page = (await server.gql(PAGE, { id: placementId }, kungsor)).data.placement;
      expect(page.feedback).toHaveLength(1);
      expect(page.feedback[0]).toMatchObject({ id: warningId, kind: "WARNING", organisation: { slug: "arboga" }, allowedActions: [] });
      expect(page.feedback[0].author.name).toBeTruthy();
    });

    it("shows an organisation that may not see the placement none of it", async () => {
      expect((await server.gql(PAGE, { id: placementId }, af)).data.placement).toBeNull();
      const board = (await server.gql(BOARD, { first: 100 }, af)).data.board.edges.map((edge: { node: { id: string } }) => edge.node.id);
      expect(board).not.toContain(placementId);
      expect(codes(await server.gql(ANSWER, { input: { id: warningId, text: "Hej" } }, af))).toEqual(["NOT_FOUND"]);
      expect(codes(await server.gql(WITHDRAW, { id: warningId }, af))).toEqual(["NOT_FOUND"]);
    });

    it("shows viewers no feedback: an empty list and no summary", async () => {
      const page = (await server.gql(PAGE, { id: placementId }, kungsorViewer)).data.placement;
      expect(page).toMatchObject({ id: placementId, feedback: [], feedbackSummary: null });
    });

    it("reads the board's feedback summaries in one statement whatever the page size (no N+1)", async () => {
      const statementsOf = async (first: number) => {
        const before = server.statements.count;
        expect(codes(await server.gql(BOARD, { first }, kungsor))).toEqual([]);
        return server.statements.count - before;
      };
      // On SQLite a repeated page comes from the board's cache; warm both sizes so each is compared like for like.
      await statementsOf(10);
      await statementsOf(50);
      expect(await statementsOf(10)).toBe(await statementsOf(50));
    });
  });

  describe("answers, resolving and withdrawing", () => {
    it("lets Köping answer the warning, and refuses an answer from anyone else", async () => {
      expect(reasons(await server.gql(ANSWER, { input: { id: warningId, text: "Vi tar det med handledaren." } }, kungsor))).toEqual([
        "OWNER_ONLY",
      ]);
      const answered = await server.gql(ANSWER, { input: { id: warningId, text: "Tack. Skyddsskor finns nu från dag ett." } }, koping);
      expect(codes(answered)).toEqual([]);
      expect(answered.data.answerPlacementFeedback.answer).toBe("Tack. Skyddsskor finns nu från dag ett.");
      const page = (await server.gql(PAGE, { id: placementId }, kungsor)).data.placement;
      expect(page.feedback[0].answer).toBe("Tack. Skyddsskor finns nu från dag ett.");
    });

    it("checks the answer by the same rule, against the owner's own codes", async () => {
      expect(codes(await server.gql(REGISTER, { code: "KOP-FB-9" }, koping))).toEqual([]);
      const answer = await server.gql(ANSWER, { input: { id: warningId, text: "Gällde det KOP-FB-9?" } }, koping);
      expect(reasons(answer)).toEqual(["TEXT_HOLDS_PARTICIPANT_CODE"]);
    });

    it("lets only an admin of Köping mark the warning resolved; it stays, shown as resolved", async () => {
      expect(reasons(await server.gql(RESOLVE, { id: warningId }, koping))).toEqual(["ROLE_REQUIRED"]);
      expect(reasons(await server.gql(RESOLVE, { id: warningId }, arbogaAdmin))).toEqual(["OWNER_ONLY"]);
      const page = (await server.gql(PAGE, { id: placementId }, kopingAdmin)).data.placement;
      expect(page.feedback[0].allowedActions).toEqual(["ANSWER", "RESOLVE"]);
      const resolved = await server.gql(RESOLVE, { id: warningId }, kopingAdmin);
      expect(codes(resolved)).toEqual([]);
      expect(resolved.data.resolvePlacementWarning.resolved).toBe(true);
      const seen = (await server.gql(PAGE, { id: placementId }, kungsor)).data.placement;
      expect(seen.feedback).toHaveLength(1);
      expect(seen.feedback[0].resolved).toBe(true);
      expect(seen.feedbackSummary).toMatchObject({ count: 1, warnings: 1, openWarnings: 0, latestResolved: true });
      const actions = (await server.dataSource.getRepository(AuditEntry).findBy({ entityId: warningId }))
        .map((entry) => entry.action)
        .sort();
      expect(actions).toEqual(["answerPlacementFeedback", "leavePlacementFeedback", "resolvePlacementWarning"]);
    });

    it("refuses to resolve a recommendation", async () => {
      const left = await server.gql(LEAVE, { input: { placementId, kind: "RECOMMENDATION", text: "Trevlig arbetsplats." } }, kungsor);
      expect(codes(left)).toEqual([]);
      expect(reasons(await server.gql(RESOLVE, { id: left.data.leavePlacementFeedback.id }, kopingAdmin))).toEqual([
        "ONLY_WARNINGS_RESOLVE",
      ]);
      expect(codes(await server.gql(WITHDRAW, { id: left.data.leavePlacementFeedback.id }, kungsor))).toEqual([]);
    });

    it("lets the author withdraw; nobody sees it afterwards, and a colleague who is not admin may not", async () => {
      const left = await server.gql(LEAVE, { input: { placementId, kind: "WARNING", text: "Långa pass utan rast." } }, arboga);
      const id = left.data.leavePlacementFeedback.id;
      // Köping's coordinator is not of the author's organisation: the feedback is not theirs to withdraw.
      expect(codes(await server.gql(WITHDRAW, { id }, koping))).toEqual(["NOT_FOUND"]);
      expect(codes(await server.gql(WITHDRAW, { id }, arbogaAdmin))).toEqual([]);
      const seen = (await server.gql(PAGE, { id: placementId }, kungsor)).data.placement;
      expect(seen.feedback.map((f: { id: string }) => f.id)).toEqual([warningId]);
      expect(codes(await server.gql(ANSWER, { input: { id, text: "Svar" } }, koping))).toEqual(["NOT_FOUND"]);
    });
  });
});
