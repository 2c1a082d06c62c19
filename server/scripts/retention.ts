import "reflect-metadata";
import { parseArgs } from "node:util";
import { loadConfig } from "../config.js";
import { openStore } from "../db/open-store.js";
import { AuditService } from "../modules/audit/audit.service.js";
import { ParticipantService } from "../modules/participant/participant.service.js";

// Lists, per organisation, the participants due under its retention policy (participantPolicy);
// with --apply, erases those of organisations whose policy lets retention erase, audited as
// `retention:eraseParticipant`. Dry run by default:
//   npm run retention            # list only
//   npm run retention -- --apply # erase
// Only ids and dates are printed: whoever runs this is not a member of the organisations.
const { values } = parseArgs({ options: { apply: { type: "boolean", default: false } } });
const store = await openStore({ ...loadConfig(), seedDemo: false });
try {
  const participants = new ParticipantService(store.reads, store.transact, new AuditService(store.reads));
  const results = await participants.retention({ apply: values.apply! });
  for (const result of results) {
    const mode = result.retentionErases ? "erases" : "review only";
    console.log(`${result.slug}: ${result.due.length} due after ${result.inactiveMonths} months without activity (${mode})`);
    for (const due of result.due) {
      const erased = result.erased.includes(due.id) ? "  erased" : "";
      console.log(`  ${due.id}  last activity ${due.lastActivityAt.toISOString().slice(0, 10)}${erased}`);
    }
  }
  const erased = results.reduce((sum, result) => sum + result.erased.length, 0);
  const due = results.reduce((sum, result) => sum + result.due.length, 0);
  console.log(values.apply ? `Erased ${erased} of ${due} due participants.` : `Dry run: ${due} due; run with --apply to erase.`);
} finally {
  await store.close();
}
