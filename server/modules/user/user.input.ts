import { IsEmail, Length } from "class-validator";
import { Field, InputType } from "type-graphql";
import { Text } from "../../common/validation.js";
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

  @Field(() => String, { description: "At least 12 characters." })
  @Length(12, 200, { message: "password must be 12–200 characters long" })
  password!: string;
}
