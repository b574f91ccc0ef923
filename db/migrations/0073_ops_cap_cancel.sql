-- A closed incident's CAP message to its agencies is a Cancel (ops_center/cap_exchange.py).
ALTER TABLE ops_cap_messages DROP CONSTRAINT ops_cap_messages_msg_type_check;
ALTER TABLE ops_cap_messages ADD CONSTRAINT ops_cap_messages_msg_type_check
    CHECK (msg_type IN ('Alert', 'Update', 'Cancel', 'Ack'));
