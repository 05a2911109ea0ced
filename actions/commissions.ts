"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/auth/action";
import { assignCommission, cancelCommission, createCommission } from "@/lib/planning/commissions";
import { assignCommissionSchema, cancelCommissionSchema, commissionSchema } from "@/lib/validation/commission";

export const createCommissionAction = action(commissionSchema, async (input, user) => {
  const commission = await createCommission(user, input);
  revalidatePath("/commissions", "layout");
  return { id: commission.id };
}, { once: "commission.create" });

export const cancelCommissionAction = action(cancelCommissionSchema, async (input, user) => {
  await cancelCommission(user, input);
  revalidatePath("/commissions", "layout");
});

export const assignCommissionAction = action(assignCommissionSchema, async (input, user) => {
  await assignCommission(user, input);
  revalidatePath("/commissions", "layout");
});
