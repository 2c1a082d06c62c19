import { ArrayMaxSize, ArrayUnique, Matches } from "class-validator";
import { Field, InputType } from "type-graphql";
import { Licence, SwedishLevel } from "../placement/placement-kind.js";

@InputType({ description: "A participant known to the pool only by a code your organisation chooses." })
export class RegisterParticipantInput {
  @Field(() => String, { description: "3–32 letters, digits or dashes. Never a name or a personal identity number." })
  @Matches(/^[A-Za-z0-9-]{3,32}$/, {
    message: "code must be 3–32 letters, digits or dashes",
    context: { reason: "INVALID_FORMAT", params: { format: "PARTICIPANT_CODE" } },
  })
  // Ten or twelve digits, with or without a dash, looks like a personnummer: refused so one is never stored by mistake.
  @Matches(/^(?!(\d{2})?\d{6}-?\d{4}$).*$/, {
    message: "code must not be a personal identity number",
    context: { reason: "TEXT_HOLDS_IDENTITY_NUMBER", params: {} },
  })
  code!: string;

  @Field(() => SwedishLevel, { defaultValue: SwedishLevel.NONE })
  swedishLevel!: SwedishLevel;

  @Field(() => [Licence], { defaultValue: [] })
  @ArrayUnique()
  @ArrayMaxSize(10)
  licences!: Licence[];
}
