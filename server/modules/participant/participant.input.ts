import { ArrayMaxSize, ArrayUnique, Matches } from "class-validator";
import { Field, InputType } from "type-graphql";
import { Text } from "../../common/validation.js";
import { Licence, SwedishLevel } from "../placement/placement-kind.js";

@InputType({ description: "A participant known to the pool only by a code your organisation chooses." })
export class RegisterParticipantInput {
  @Field(() => String, { description: "3–32 letters, digits or dashes. Never a name or a personal identity number." })
  @Matches(/^[A-Za-z0-9-]{3,32}$/, {
    message: "code must be 3–32 letters, digits or dashes",
    context: { reason: "INVALID_FORMAT", params: { format: "PARTICIPANT_CODE" } },
  })
  // Checked wherever it sits in the code and however it is written, so a personnummer is never stored by mistake.
  @Text({ min: 3, max: 32, noIdentityNumber: true })
  code!: string;

  @Field(() => SwedishLevel, { defaultValue: SwedishLevel.NONE })
  swedishLevel!: SwedishLevel;

  @Field(() => [Licence], { defaultValue: [] })
  @ArrayUnique()
  @ArrayMaxSize(10)
  licences!: Licence[];
}
