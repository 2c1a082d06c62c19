import { ArrayMaxSize, ArrayUnique, IsInt, IsOptional, Max, Min, ValidateNested } from "class-validator";
import { ArgsType, Field, ID, InputType, Int, registerEnumType } from "type-graphql";
import { LocalDate } from "../../common/scalars.js";
import { Text } from "../../common/validation.js";
import { Licence, PlacementKind, PlacementStatus, SwedishLevel } from "./placement-kind.js";

export enum BoardSort {
  NEWEST = "NEWEST",
  START_DATE = "START_DATE",
  TITLE = "TITLE",
  MOST_FREE_SEATS = "MOST_FREE_SEATS",
  BEST_FIT = "BEST_FIT",
  RELEVANCE = "RELEVANCE",
}
registerEnumType(BoardSort, {
  name: "BoardSort",
  description: "Order of the board.",
  valuesConfig: {
    NEWEST: { description: "Most recently posted first (default)." },
    START_DATE: { description: "Earliest start first." },
    TITLE: { description: "Alphabetical by title." },
    MOST_FREE_SEATS: { description: "Most free seats first." },
    BEST_FIT: {
      description:
        "Best fit for forParticipantId first: requirements met, then occupation interest, home municipality and period against availability (see Placement.fit).",
    },
    RELEVANCE: {
      description:
        "Best match for `filter.text` first: the text in the title, then in the workplace name, then only in the description. Needs `filter.text` (SORT_NEEDS_TEXT).",
    },
  },
});

@InputType({ description: "Narrows the board. All given conditions must hold." })
export class BoardFilter {
  @Field(() => [String], { nullable: true, description: 'SCB municipality codes, e.g. ["1983", "1984"].' })
  @IsOptional()
  @ArrayMaxSize(300)
  municipalityCodes?: string[];

  @Field(() => [PlacementKind], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(Object.keys(PlacementKind).length)
  @ArrayUnique()
  kinds?: PlacementKind[];

  @Field(() => [String], { nullable: true, description: "Occupation field concept ids." })
  @IsOptional()
  @ArrayMaxSize(100)
  occupationFieldIds?: string[];

  @Field(() => Boolean, { nullable: true, description: "Only placements with at least one free seat." })
  freeSeatsOnly?: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'Text in the title, workplace name or description: any part of a word ("kök" finds "Storköket"), in any letter case, å, ä and ö included, on both stores.',
  })
  @Text({ min: 0, max: 100, optional: true })
  text?: string;

  @Field(() => LocalDate, { nullable: true, description: "Only placements running on or after this day." })
  from?: string;

  @Field(() => LocalDate, { nullable: true, description: "Only placements starting on or before this day." })
  to?: string;

  @Field(() => SwedishLevel, { nullable: true, description: "Fits a person with this level of Swedish: hides placements that ask more." })
  swedishLevel?: SwedishLevel;

  @Field(() => [Licence], { nullable: true, description: "Fits a person holding these licences: hides placements that require others." })
  @IsOptional()
  @ArrayMaxSize(Object.keys(Licence).length)
  @ArrayUnique()
  licencesHeld?: Licence[];

  @Field(() => [PlacementStatus], { nullable: true, description: "Default [OPEN]. DRAFT shows only your own drafts." })
  @IsOptional()
  @ArrayMaxSize(Object.keys(PlacementStatus).length)
  @ArrayUnique()
  statuses?: PlacementStatus[];

  @Field(() => Boolean, { nullable: true, description: "Only placements of your own organisation." })
  ownOnly?: boolean;

  @Field(() => ID, {
    nullable: true,
    description:
      "One of your participants: only placements whose requirements (Swedish level, licences) they meet. Interest, municipality and period never hide a placement; they rank it (sort BEST_FIT).",
  })
  fitsParticipantId?: string;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "Also placements whose end date has passed, and standing placements their organisation has not confirmed for STANDING_STALE_DAYS (both leave the board otherwise).",
  })
  includeEnded?: boolean;
}

@ArgsType()
export class BoardArgs {
  @Field(() => BoardFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: BoardFilter;

  @Field(() => BoardSort, { nullable: true, defaultValue: BoardSort.NEWEST })
  sort!: BoardSort;

  @Field(() => ID, {
    nullable: true,
    description:
      "One of your participants to rank the board for (sort BEST_FIT) without hiding anything; filter.fitsParticipantId also ranks for them.",
  })
  forParticipantId?: string;

  @Field(() => Int, { nullable: true, defaultValue: 20, description: "Page size, 1–100 (default 20)." })
  @IsInt()
  @Min(1)
  @Max(100)
  first!: number;

  // An opaque token, not text: decodeCursor (common/pagination.ts) checks it, length included, before any SQL.
  @Field(() => String, { nullable: true, description: "endCursor of the previous page." })
  after?: string;
}
