package dev.switchboard.server.resilience;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One side's view of one conversation: what it sent and had acknowledged, and what it holds
 * by sequence number (received, or its own once acknowledged). It answers where to resume from, and it records anything a correct
 * backend never does (a sequence number reused for another message, an ack that changes).
 */
final class ConversationLedger {

    private final Map<String, String> unacked = new LinkedHashMap<>();
    private final Map<String, Long> acked = new LinkedHashMap<>();
    private final TreeMap<Long, String> received = new TreeMap<>();
    private final List<String> violations = new ArrayList<>();
    private long contiguous;

    synchronized void queue(String clientId, String text) {
        unacked.put(clientId, text);
    }

    synchronized Map<String, String> unacked() {
        return new LinkedHashMap<>(unacked);
    }

    synchronized void acked(String clientId, long seq) {
        unacked.remove(clientId);
        Long earlier = acked.putIfAbsent(clientId, seq);
        if (earlier != null && earlier != seq) {
            violations.add("ack of " + clientId + " moved from seq " + earlier + " to " + seq);
        }
        hold(seq, clientId);
    }

    /**
     * Records a received message; answers true when it leaves a hole below it, so the receiver
     * should ask to resume from the last contiguous seq.
     */
    synchronized boolean received(JsonNode message) {
        hold(message.path("seq").asLong(), message.path("clientId").asText());
        return received.lastKey() > contiguous;
    }

    /** A message is held once received or, for one's own, once acknowledged: both show it in place. */
    private void hold(long seq, String clientId) {
        String earlier = received.putIfAbsent(seq, clientId);
        if (earlier != null && !earlier.equals(clientId)) {
            violations.add("seq " + seq + " was " + earlier + " and then " + clientId);
        }
        while (received.containsKey(contiguous + 1)) {
            contiguous++;
        }
    }

    synchronized long contiguous() {
        return contiguous;
    }

    synchronized boolean hasAllAcked() {
        return unacked.isEmpty();
    }

    synchronized Map<String, Long> ackedIds() {
        return new LinkedHashMap<>(acked);
    }

    /** The client ids received, in sequence order. */
    synchronized List<String> receivedInOrder() {
        return new ArrayList<>(received.values());
    }

    synchronized List<String> violations() {
        return List.copyOf(violations);
    }
}
