-- Issue 12 item 2: a yearly-plan proposal above the spending norm passes a step only with a
-- recorded exception, as a đề án does (Project.normExceptionNote).
ALTER TABLE "PlanItem" ADD COLUMN "normExceptionNote" TEXT;
