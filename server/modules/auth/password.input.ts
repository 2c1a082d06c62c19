import { IsString, MaxLength } from "class-validator";
import { Field, InputType } from "type-graphql";
import { NewPassword, PASSWORD_MAX_LENGTH } from "./passwords.js";

@InputType({ description: "Your current password and the new one." })
export class ChangePasswordInput {
  @Field(() => String)
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  currentPassword!: string;

  @Field(() => String, { description: "12–200 characters." })
  @NewPassword()
  newPassword!: string;
}

@InputType({ description: "A one-time set-password token from your admin and the new password." })
export class SetPasswordWithTokenInput {
  @Field(() => String)
  @IsString()
  @MaxLength(100)
  token!: string;

  @Field(() => String, { description: "12–200 characters." })
  @NewPassword()
  newPassword!: string;
}
