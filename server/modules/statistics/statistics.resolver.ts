import { Arg, Authorized, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { StatisticsInput, StatisticsTable } from "./statistics.types.js";

@Resolver(() => StatisticsTable)
export class StatisticsResolver {
  @Authorized()
  @Query(() => StatisticsTable, {
    description:
      'Statistics for the steering group over whole months, quarters or years, one row per municipality, organisation, kind or occupation field. Every count of people under 5 is suppressed ("färre än 5"), with complementary suppression so totals do not give it back.',
  })
  statistics(@Arg("input", () => StatisticsInput) input: StatisticsInput, @Ctx() context: Context): Promise<StatisticsTable> {
    return context.services.statistics.table(input);
  }
}
