package com.example.dealroom;

import io.mutualplan.core.MutualActionPlan;
import tools.jackson.databind.json.JsonMapper;

/** A Spring Boot 4 service's deal rooms, stored and sent as JSON with the plan inside. */
public class DealRooms {

  /** What the service keeps for a deal: its own fields, and the mutual action plan. */
  public record DealRoom(String account, int seats, MutualActionPlan plan) {}

  private final JsonMapper json;

  /** Spring Boot 4 injects the JsonMapper it configured, with MAP's module found on the class path. */
  public DealRooms(JsonMapper json) {
    this.json = json;
  }

  public DealRoom read(String body) {
    return json.readValue(body, DealRoom.class);
  }

  public String write(DealRoom room) {
    return json.writeValueAsString(room);
  }
}
