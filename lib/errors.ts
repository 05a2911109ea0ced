/** Errors a user may see verbatim. Anything else is logged and shown as a generic message with an id. */
export class DomainError extends Error {
  constructor(
    message: string,
    readonly fieldErrors?: Record<string, string>,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

/** The record does not exist or belongs to another unit: both answer the same 404. */
export class NotFoundError extends DomainError {
  constructor(message = "没有找到该记录") {
    super(message);
    this.name = "NotFoundError";
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = "您没有这项操作的权限") {
    super(message);
    this.name = "ForbiddenError";
  }
}

/** Someone else changed the record since it was read. */
export class ConflictError extends DomainError {
  constructor(message = "该稿件状态已变化，请刷新后再操作") {
    super(message);
    this.name = "ConflictError";
  }
}

export class ValidationError extends DomainError {
  constructor(fieldErrors: Record<string, string>, message = "填写的内容有误，请按提示修改") {
    super(message, fieldErrors);
    this.name = "ValidationError";
  }
}

/** Runs an insert; a unique-constraint clash (two people at once) becomes a message at the field. */
export async function uniqueOr<T>(insert: Promise<T>, fieldErrors: Record<string, string>): Promise<T> {
  try {
    return await insert;
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") throw new ValidationError(fieldErrors, Object.values(fieldErrors)[0]);
    throw error;
  }
}
