-- Why a certificate was revoked, as a code: REISSUED (replaced by the certificate in replaced_by_id)
-- or OTHER (staff typed the reason, kept in revocation_reason as typed). Before, a reissue was
-- told apart by the reason text "reissued", so a reason typed by staff that began so read as one.
ALTER TABLE certificate ADD COLUMN revocation_code VARCHAR(20);

UPDATE certificate SET revocation_code = 'REISSUED', revocation_reason = NULL
    WHERE status = 'REVOKED' AND replaced_by_id IS NOT NULL AND revocation_reason = 'reissued';
UPDATE certificate SET revocation_code = 'OTHER' WHERE status = 'REVOKED' AND revocation_code IS NULL;

-- The old certificate's trail said "reissued <new number>" under REVOKED; it becomes REPLACED with
-- the new number, only where that number really is the certificate that replaced it.
UPDATE certificate_event SET action = 'REPLACED', detail = SUBSTRING(detail, 10)
    WHERE action = 'REVOKED' AND detail = CONCAT('reissued ', (SELECT n.cert_number FROM certificate o
        JOIN certificate n ON n.id = o.replaced_by_id WHERE o.id = certificate_event.certificate_id));
