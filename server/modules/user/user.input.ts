import { IsEmail, IsOptional, Matches } from "class-validator";
import { Field, ID, InputType } from "type-graphql";
import { Text } from "../../common/validation.js";
import { NewPassword } from "../auth/passwords.js";
import { Role } from "./user.entity.js";

@InputType({ description: "A new user in your own organisation." })
export class CreateUserInput {
  @Field(() => String)
  @IsEmail({}, { message: "email must be an e-mail address" })
  email!: string;

  @Field(() => String)
  @Text({ min: 2, max: 200 })
  name!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => String, { description: "12–200 characters." })
  @NewPassword()
  password!: string;
}

@InputType({
  description: "A new user in your own organisation who chooses their own first password with a one-time set-password token.",
})
export class InviteUserInput {
  @Field(() => String, { description: "The sign-in address." })
  @IsEmail({}, { message: "email must be an e-mail address" })
  @Text({ max: 254 })
  email!: string;

  @Field(() => String)
  @Text({ min: 2, max: 200 })
  name!: string;

  @Field(() => Role)
  role!: Role;
}

@InputType({ description: "A user of your organisation and the role they get." })
export class ChangeUserRoleInput {
  @Field(() => ID)
  userId!: string;

  @Field(() => Role)
  role!: Role;
}

@InputType({
  description:
    "The contact details other organisations see for you (or, for admins, for a user of your organisation). Absent fields stay as they are; null stops sharing.",
})
export class UpdateContactDetailsInput {
  @Field(() => ID, { nullable: true, description: "Admins only: a user of your own organisation. Default: yourself." })
  @IsOptional()
  userId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "An e-mail address to share, e.g. a shared mailbox; need not be the sign-in address.",
  })
  @IsOptional()
  @IsEmail({}, { message: "email must be an e-mail address" })
  @Text({ max: 254, optional: true })
  email?: string | null;

  @Field(() => String, { nullable: true, description: "A phone number to share, e.g. 070-123 45 67 or +46 70 123 45 67." })
  @IsOptional()
  @Matches(/^\+?[0-9 ()-]{5,20}$/, {
    message: "phone must be a phone number",
    context: { reason: "INVALID_FORMAT", params: { format: "PHONE" } },
  })
  @Text({ max: 20, optional: true })
  phone?: string | null;
}
