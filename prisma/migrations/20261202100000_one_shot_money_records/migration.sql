-- Thanh lý hợp đồng and nộp trả ngân sách are one-shot records (ADR 0041): each is written once, by
-- its use case, in the transaction that moves the đề án (liquidate: ACCEPTED → LIQUIDATED, through
-- the đề án lifecycle) or changes its money position (a refund, which the settlement's submission
-- then requires). They carry no status and nothing may change or remove them afterwards: the
-- minutes froze the figures the settlement is checked against, and the money position sums the
-- refunds. The database refuses an UPDATE or DELETE, whoever sends it. (TRUNCATE, used only by the
-- demo reset and the test harness, fires no row trigger.)

CREATE OR REPLACE FUNCTION kc_one_shot_record() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is a one-shot record (% refused)', TG_TABLE_NAME, TG_OP;
END $$;

CREATE TRIGGER liquidation_one_shot
  BEFORE UPDATE OR DELETE ON "Liquidation"
  FOR EACH ROW EXECUTE FUNCTION kc_one_shot_record();

CREATE TRIGGER refund_one_shot
  BEFORE UPDATE OR DELETE ON "Refund"
  FOR EACH ROW EXECUTE FUNCTION kc_one_shot_record();
