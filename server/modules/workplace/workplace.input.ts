import { IsEmail, IsOptional, Matches } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { LocalDate } from "../../common/scalars.js";
import { Text } from "../../common/validation.js";
import { TrainingStatus } from "./supervisor.entity.js";
import { Sector } from "./workplace.entity.js";

const ORGANISATION_NUMBER = () =>
  Matches(/^\d{6}-\d{4}$/, {
    message: "organisationNumber must look like 556677-8899",
    context: { reason: "INVALID_FORMAT", params: { format: "ORGANISATION_NUMBER" } },
  });
const PHONE = (field: string) =>
  Matches(/^\+?[0-9 ()-]{5,20}$/, {
    message: `${field} must be a phone number`,
    context: { reason: "INVALID_FORMAT", params: { format: "PHONE" } },
  });
const EMAIL = (field: string) => IsEmail({}, { message: `${field} must be an e-mail address` });

@InputType({ description: "A new workplace, registered for the viewer's organisation." })
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

  @Field(() => String, {
    nullable: true,
    description:
      "Swedish organisation number, NNNNNN-NNNN, with a valid Luhn check digit. A sole trader's is their personal identity number, which is accepted here.",
  })
  @IsOptional()
  @ORGANISATION_NUMBER()
  organisationNumber?: string | null;

  @Field(() => String, { nullable: true, description: "Contact person at the workplace." })
  @Text({ max: 200, optional: true })
  contactName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @PHONE("contactPhone")
  contactPhone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @EMAIL("contactEmail")
  contactEmail?: string | null;
}

@InputType({ description: "Changes to a workplace: fields left out stay as they are; null clears an optional field." })
export class UpdateWorkplaceInput {
  @Field(() => String, { nullable: true })
  @Text({ min: 2, max: 200, optional: true })
  name?: string;

  @Field(() => Sector, { nullable: true })
  sector?: Sector;

  @Field(() => String, { nullable: true, description: "SCB code of the municipality." })
  municipalityCode?: string;

  @Field(() => String, { nullable: true })
  @Text({ max: 300, optional: true })
  address?: string | null;

  @Field(() => String, { nullable: true, description: "As in CreateWorkplaceInput." })
  @IsOptional()
  @ORGANISATION_NUMBER()
  organisationNumber?: string | null;

  @Field(() => String, { nullable: true })
  @Text({ max: 200, optional: true })
  contactName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @PHONE("contactPhone")
  contactPhone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @EMAIL("contactEmail")
  contactEmail?: string | null;
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
  @EMAIL("email")
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @PHONE("phone")
  phone?: string | null;

  @Field(() => LocalDate, { nullable: true, description: "When the supervisor completed supervisor training; not after today." })
  trainedOn?: string | null;

  @Field(() => String, { nullable: true, description: "The course taken on `trainedOn`." })
  @Text({ max: 200, optional: true })
  trainingCourse?: string | null;
}

@InputType({ description: "Changes to a supervisor's contact details; fields left out stay as they are." })
export class UpdateSupervisorInput {
  @Field(() => String, { nullable: true })
  @Text({ min: 2, max: 200, optional: true })
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @EMAIL("email")
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @PHONE("phone")
  phone?: string | null;
}

@InputType({ description: "A supervisor training completed: the date and the course." })
export class RecordSupervisorTrainingInput {
  @Field(() => ID)
  supervisorId!: string;

  @Field(() => LocalDate, { description: "When the training was completed; not after today." })
  trainedOn!: string;

  @Field(() => String)
  @Text({ min: 2, max: 200 })
  course!: string;
}

@InputType({ description: "Which supervisors the register lists." })
export class SupervisorRegisterFilter {
  @Field(() => TrainingStatus, { nullable: true, description: "Only supervisors with this training status." })
  training?: TrainingStatus | null;

  @Field(() => ID, { nullable: true, description: "Only supervisors at this organisation's workplaces." })
  organisationId?: string | null;
}
