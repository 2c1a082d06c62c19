import { describe, expect, it } from "vitest";
import { auditExportUrl, emptyAuditFilter, startOfSwedishDay, toAuditLogFilter } from "../../client/utils/audit-filter";
import { setPasswordLink, tokenFromFragment } from "../../client/utils/set-password-link";

describe("the audit log filter", () => {
  it("leaves out every field left empty, so an empty form asks for the whole log", () => {
    expect(toAuditLogFilter(emptyAuditFilter())).toEqual({});
    expect(toAuditLogFilter({ ...emptyAuditFilter(), entity: "   ", entityId: " " })).toEqual({});
  });

  it("covers whole Swedish days: from the first day's midnight to the midnight after the last, in winter and in summer time", () => {
    expect(startOfSwedishDay("2026-12-01")).toBe("2026-11-30T23:00:00.000Z");
    expect(startOfSwedishDay("2026-07-01")).toBe("2026-06-30T22:00:00.000Z");
    // The night the clocks go forward (29 March 2026): that day still starts at 23:00 UTC the day before.
    expect(startOfSwedishDay("2026-03-29")).toBe("2026-03-28T23:00:00.000Z");
    expect(startOfSwedishDay("2026-03-29", 1)).toBe("2026-03-29T22:00:00.000Z");
    const filter = toAuditLogFilter({ ...emptyAuditFilter(), fromDate: "2026-12-01", toDate: "2026-12-03" });
    expect(filter).toEqual({ from: "2026-11-30T23:00:00.000Z", until: "2026-12-03T23:00:00.000Z" });
  });

  it("passes person, action and record through, trimmed", () => {
    const filter = toAuditLogFilter({ ...emptyAuditFilter(), userId: "u1", action: "claimSeat", entity: " Claim ", entityId: " c1 " });
    expect(filter).toEqual({ userId: "u1", action: "claimSeat", entity: "Claim", entityId: "c1" });
  });

  it("asks the export for the same entries, as query parameters", () => {
    expect(auditExportUrl({})).toBe("/exports/audit.xlsx");
    expect(auditExportUrl({ action: "claimSeat", from: "2026-11-30T23:00:00.000Z", entityId: "a&b" })).toBe(
      "/exports/audit.xlsx?action=claimSeat&from=2026-11-30T23%3A00%3A00.000Z&entityId=a%26b",
    );
  });
});

describe("the one-time set-password link", () => {
  it("carries the token in the fragment, which browsers never send to a server, and gives it back", () => {
    const link = setPasswordLink("https://pool.example", "abc_DEF-123");
    expect(link).toBe("https://pool.example/set-password#abc_DEF-123");
    expect(tokenFromFragment(new URL(link).hash)).toBe("abc_DEF-123");
    expect(tokenFromFragment("")).toBe("");
    expect(tokenFromFragment("#%E0%A4%A")).toBe("");
  });
});

describe("the names of audit actions", () => {
  it("has a Swedish and an English name for the actions this part of the app writes", async () => {
    const { createAppI18n } = await import("../../client/i18n");
    const { en } = await import("../../client/i18n/en");
    const { svPages } = await import("../../client/i18n/sv-pages");
    const { auditActionKey } = await import("../../client/utils/audit-filter");
    for (const locale of ["sv", "en"] as const) {
      const { t, te } = createAppI18n(locale, { en, svPages }).global;
      for (const action of ["inviteUser", "changeUserRole", "deactivateUser", "exportAuditLog", "login:attempt", "login:unlocked"]) {
        expect(te(auditActionKey(action)), `${locale}: ${action}`).toBe(true);
        expect(t(auditActionKey(action))).not.toBe(auditActionKey(action));
      }
    }
  });
});
