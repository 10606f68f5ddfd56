-- Rút đề nghị điều chỉnh: the Trung tâm may take back an amendment request it sent by mistake, before
-- it is decided. Until now a wrong request could only be ended by the approver's refusal, and it kept
-- the đề án from any other request meanwhile (Amendment_one_pending_per_project).
ALTER TYPE "AmendmentStatus" ADD VALUE 'WITHDRAWN';
