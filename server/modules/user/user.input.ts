import { IsEmail } from "class-validator";
import { Field, InputType } from "type-graphql";
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
