import { ArrayMaxSize, ArrayUnique, IsIn, IsInt, IsOptional, Max, Min, ValidateNested } from "class-validator";
import { Field, ID, InputType, Int } from "type-graphql";
import { LocalDate } from "../../common/scalars.js";
import { Text } from "../../common/validation.js";
import { Licence, PlacementKind, PlacementStatus, SwedishLevel, Visibility } from "./placement-kind.js";
import { inputLimits } from "./placement-limits.js";

export const MAX_CAPACITY = inputLimits.capacityMax;

@InputType({ description: "What a placement asks of the person." })
export class RequirementsInput {
  @Field(() => SwedishLevel, { defaultValue: SwedishLevel.NONE })
  swedishLevel!: SwedishLevel;

  @Field(() => [Licence], { defaultValue: [] })
  @ArrayUnique()
  @ArrayMaxSize(10)
  licences!: Licence[];

  @Field(() => String, { nullable: true, description: "Other demands in plain words." })
  @Text({ max: inputLimits.otherRequirementsMax, optional: true, multiline: true, noIdentityNumber: true })
  other?: string | null;
}

@InputType({ description: "A new placement. Without endDate it is standing: available whenever someone matches." })
export class PostPlacementInput {
  @Field(() => String)
  @Text({ min: inputLimits.titleMin, max: inputLimits.titleMax, noIdentityNumber: true })
  title!: string;

  @Field(() => String, { nullable: true, description: "What the person will do and learn." })
  @Text({ min: 0, max: inputLimits.descriptionMax, optional: true, multiline: true, noIdentityNumber: true })
  description?: string | null;

  @Field(() => PlacementKind)
  kind!: PlacementKind;

  @Field(() => ID)
  workplaceId!: string;

  @Field(() => ID, { nullable: true, description: "A supervisor registered at the workplace." })
  supervisorId?: string | null;

  @Field(() => String, { nullable: true, description: "Occupation field concept id (see `occupationFields`)." })
  occupationFieldId?: string | null;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(MAX_CAPACITY)
  capacity!: number;

  @Field(() => LocalDate)
  startDate!: string;

  @Field(() => LocalDate, { nullable: true })
  endDate?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(inputLimits.hoursPerWeekMax)
  hoursPerWeek?: number | null;

  @Field(() => RequirementsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  requirements?: RequirementsInput | null;

  @Field(() => Visibility, { defaultValue: Visibility.ALL_PARTNERS })
  visibility!: Visibility;

  @Field(() => [ID], { nullable: true, description: "With visibility SELECTED: the organisations that may see it." })
  @IsOptional()
  @ArrayUnique()
  @ArrayMaxSize(50)
  visibleToOrganisationIds?: string[] | null;

  @Field(() => PlacementStatus, { defaultValue: PlacementStatus.OPEN, description: "DRAFT or OPEN." })
  @IsIn([PlacementStatus.DRAFT, PlacementStatus.OPEN], { message: "status must be DRAFT or OPEN when posting" })
  status!: PlacementStatus;
}

@InputType({ description: "Changes to a placement; absent fields stay as they are." })
export class UpdatePlacementInput {
  @Field(() => String, { nullable: true })
  @Text({ min: inputLimits.titleMin, max: inputLimits.titleMax, optional: true, noIdentityNumber: true })
  title?: string;

  @Field(() => String, { nullable: true })
  @Text({ min: 0, max: inputLimits.descriptionMax, optional: true, multiline: true, noIdentityNumber: true })
  description?: string;

  @Field(() => PlacementKind, { nullable: true })
  kind?: PlacementKind;

  @Field(() => ID, { nullable: true })
  supervisorId?: string | null;

  @Field(() => String, { nullable: true })
  occupationFieldId?: string | null;

  @Field(() => Int, { nullable: true, description: "Cannot go below the seats held by live claims." })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_CAPACITY)
  capacity?: number;

  @Field(() => LocalDate, { nullable: true })
  startDate?: string;

  @Field(() => LocalDate, { nullable: true, description: "Set to null to make the placement standing." })
  endDate?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(inputLimits.hoursPerWeekMax)
  hoursPerWeek?: number | null;

  @Field(() => RequirementsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  requirements?: RequirementsInput;

  @Field(() => Visibility, { nullable: true })
  visibility?: Visibility;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayUnique()
  @ArrayMaxSize(50)
  visibleToOrganisationIds?: string[];
}
