import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { CurrentActor } from "../../common/current-actor.js";
import type { Actor } from "../../common/viewer.js";
import type { Context } from "../../context.js";
import { Role } from "../user/user.entity.js";
import { Absence } from "./absence.entity.js";
import { RecordAbsenceInput } from "./absence.input.js";
import { AfReport } from "./af-report.types.js";

@Resolver(() => Absence)
export class AbsenceResolver {
  @Authorized(Role.COORDINATOR)
  @Mutation(() => Absence, {
    description: "Record absence on one day of an active claim of your organisation (the same day again replaces it).",
  })
  recordAbsence(@Arg("input", () => RecordAbsenceInput) input: RecordAbsenceInput, @CurrentActor() actor: Actor, @Ctx() context: Context) {
    return context.services.absences.record(actor, input);
  }

  @Authorized(Role.COORDINATOR)
  @Mutation(() => Boolean, { description: "Remove a recorded absence of an active claim of your organisation." })
  removeAbsence(@Arg("id", () => ID) id: string, @CurrentActor() actor: Actor, @Ctx() context: Context) {
    return context.services.absences.remove(actor, id);
  }

  @Authorized(Role.COORDINATOR)
  @Query(() => AfReport, {
    description:
      "The monthly activity and absence report to Arbetsförmedlingen for your organisation: per participant, the placement, days present and each deviation (absence over 15 minutes). Each read is logged.",
  })
  async afReport(
    @Arg("month", () => String, { description: "YYYY-MM" }) month: string,
    @CurrentActor() actor: Actor,
    @Ctx() context: Context,
  ) {
    const report = await context.services.absences.afReport(actor.viewer, month);
    await context.services.exports.logExport(actor, "read:afReport", { month });
    return report;
  }
}
