import { Field, InputType } from "type-graphql";

@InputType({ description: "Your organisation's settings; fields left out stay as they are." })
export class OrganisationSettingsInput {
  @Field(() => Boolean, {
    nullable: true,
    description: "Open a placement only with a supervisor whose training is valid (TRAINED).",
  })
  requireTrainedSupervisor?: boolean | null;
}
