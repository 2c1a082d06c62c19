import { IsEmail, IsOptional, Matches } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { LocalDate } from "../../common/scalars.js";
import { Text } from "../../common/validation.js";
import { Sector } from "./workplace.entity.js";

@InputType({ description: "A new workplace." })
export class CreateWorkplaceInput {
  @Field(() => String)
  @Text({ min: 2, max: 200 })
  name!: string;

  @Field(() => Sector)
  sector!: Sector;

  @Field(() => String, { description: "SCB code of the municipality (see `municipalities`)." })
  municipalityCode!: string;

  @Field(() => String, { nullable: true })
  @Text({ max: 300, optional: true })
  address?: string | null;

  @Field(() => String, { nullable: true, description: "Swedish organisation number, NNNNNN-NNNN." })
  @IsOptional()
  @Matches(/^\d{6}-\d{4}$/, {
    message: "organisationNumber must look like 556677-8899",
    context: { reason: "INVALID_FORMAT", params: { format: "ORGANISATION_NUMBER" } },
  })
  organisationNumber?: string | null;
}

@InputType({ description: "A supervisor (handledare) at a workplace." })
export class AddSupervisorInput {
  @Field(() => ID)
  workplaceId!: string;

  @Field(() => String)
  @Text({ min: 2, max: 200 })
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: "email must be an e-mail address" })
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\+?[0-9 ()-]{5,20}$/, {
    message: "phone must be a phone number",
    context: { reason: "INVALID_FORMAT", params: { format: "PHONE" } },
  })
  phone?: string | null;

  @Field(() => LocalDate, { nullable: true, description: "When the supervisor completed supervisor training." })
  trainedOn?: string | null;
}
