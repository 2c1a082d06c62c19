import { Arg, Authorized, Ctx, Field, ObjectType, Query, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { Municipality } from "./municipality.entity.js";
import { OccupationField } from "./occupation-field.entity.js";
import { taxonomySource } from "./reference-data.js";
import { kindRules, PlacementKindRule } from "../placement/kind-rules.js";

@ObjectType({ description: "Where the reference data comes from." })
class ReferenceSource {
  @Field(() => String)
  source!: string;

  @Field(() => String)
  version!: string;
}

@Resolver()
export class ReferenceResolver {
  @Authorized()
  @Query(() => [Municipality], { description: "Municipalities, KAK first. Build municipality filters from these codes." })
  municipalities(
    @Ctx() context: Context,
    @Arg("kakOnly", () => Boolean, { defaultValue: false, description: "Only Köping, Arboga and Kungsör." }) kakOnly: boolean,
  ): Promise<Municipality[]> {
    return context.services.reference.municipalities(kakOnly);
  }

  @Authorized()
  @Query(() => [OccupationField], { description: "Occupation fields of the JobTech Taxonomy." })
  occupationFields(@Ctx() context: Context): Promise<OccupationField[]> {
    return context.services.reference.occupationFields();
  }

  @Authorized()
  @Query(() => [PlacementKindRule], { description: "Per kind of placement: the longest period allowed and the rule behind it." })
  placementKindRules(): PlacementKindRule[] {
    return kindRules;
  }

  @Authorized()
  @Query(() => ReferenceSource, { description: "Source and pinned version of the taxonomy data." })
  referenceSource(): ReferenceSource {
    return taxonomySource;
  }
}
