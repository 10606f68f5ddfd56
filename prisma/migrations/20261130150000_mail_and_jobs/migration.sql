-- Notifications that reach people (issue 15): verified email and mail preference on the account,
-- the outbox with each email's delivery record, once-per-occasion reminders, and scheduled job runs.
-- pg-boss keeps its own queue tables in the "pgboss" schema, created by pg-boss itself at start.

CREATE TYPE "EmailPreference" AS ENUM ('EACH', 'DIGEST', 'NONE');
CREATE TYPE "EmailKind" AS ENUM ('NOTIFICATION', 'DIGEST', 'VERIFICATION');
CREATE TYPE "EmailDelivery" AS ENUM ('QUEUED', 'SENT', 'FAILED', 'HELD');
CREATE TYPE "JobRunOutcome" AS ENUM ('RUNNING', 'SUCCEEDED', 'FAILED');

ALTER TABLE "User" ADD COLUMN "emailVerifiedAt" TIMESTAMP(3),
  ADD COLUMN "emailPreference" "EmailPreference" NOT NULL DEFAULT 'EACH';

CREATE TABLE "EmailVerification" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "email" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "EmailVerification_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "EmailVerification_tokenHash_key" ON "EmailVerification"("tokenHash");
CREATE INDEX "EmailVerification_userId_idx" ON "EmailVerification"("userId");
ALTER TABLE "EmailVerification" ADD CONSTRAINT "EmailVerification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "OutboundEmail" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER,
    "kind" "EmailKind" NOT NULL,
    "toAddress" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT NOT NULL,
    "delivery" "EmailDelivery" NOT NULL DEFAULT 'QUEUED',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL,
    "lastError" TEXT,
    "sentAt" TIMESTAMP(3),
    "messageId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "OutboundEmail_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "OutboundEmail_delivery_nextAttemptAt_idx" ON "OutboundEmail"("delivery", "nextAttemptAt");
CREATE INDEX "OutboundEmail_createdAt_idx" ON "OutboundEmail"("createdAt");
ALTER TABLE "OutboundEmail" ADD CONSTRAINT "OutboundEmail_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TABLE "Notification" ADD COLUMN "emailId" INTEGER;
CREATE INDEX "Notification_userId_createdAt_idx" ON "Notification"("userId", "createdAt");
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_emailId_fkey" FOREIGN KEY ("emailId") REFERENCES "OutboundEmail"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "SentReminder" (
    "occasion" TEXT NOT NULL,
    "userId" INTEGER NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "SentReminder_pkey" PRIMARY KEY ("occasion", "userId")
);
ALTER TABLE "SentReminder" ADD CONSTRAINT "SentReminder_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "JobRun" (
    "id" SERIAL NOT NULL,
    "job" TEXT NOT NULL,
    "outcome" "JobRunOutcome" NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "finishedAt" TIMESTAMP(3),
    "summary" TEXT,
    "error" TEXT,
    CONSTRAINT "JobRun_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "JobRun_job_startedAt_idx" ON "JobRun"("job", "startedAt");
