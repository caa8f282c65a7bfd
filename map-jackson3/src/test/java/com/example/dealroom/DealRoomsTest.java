package com.example.dealroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.example.dealroom.DealRooms.DealRoom;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.jackson3.InvalidDocumentException;
import io.mutualplan.json.DocumentProblem;
import io.mutualplan.json.MapJson;
import io.mutualplan.testkit.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The deal rooms of docs/jackson3.md, given the mapper Spring Boot 4 would inject: one that found
 * its modules on the class path. No Spring here: the service only needs the mapper.
 */
class DealRoomsTest {
  private final DealRooms rooms = new DealRooms(JsonMapper.builder().findAndAddModules().build());

  @Test
  void aDealRoomIsWrittenWithThePlanAsMapJsonWritesItAndReadBack() {
    MutualActionPlan plan = Fixtures.plan("acme-go-live");
    DealRoom room = new DealRoom("Acme", 40, plan);

    String body = rooms.write(room);

    assertThat(body).isEqualTo("{\"account\":\"Acme\",\"seats\":40,\"plan\":"
        + MapJson.standard().plans().write(plan) + "}");
    assertThat(rooms.read(body)).isEqualTo(room);
  }

  @Test
  void aDealRoomWithABrokenPlanIsRejectedWithThePlansProblems() {
    String body = "{\"account\": \"Acme\", \"seats\": 40,\n \"plan\": "
        + Fixtures.json("acme-go-live").replace("\"sellerOwner\": \"alex\"",
            "\"sellerOwner\": \"sarah\"") + "}";

    InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class,
        () -> rooms.read(body));

    assertThat(e.getPathReference()).endsWith("DealRoom[\"plan\"]");
    assertThat(e.getLocation().getLineNr()).isEqualTo(2);
    assertThat(e.getLocation().getColumnNr()).isEqualTo(10);
    assertThat(e.problems()).isNotEmpty().allSatisfy(problem -> {
      assertThat(problem.pointer()).matches("/milestones/\\d+/sellerOwner");
      assertThat(problem.message()).startsWith("sellerOwner 'sarah' is on the buyer side");
    });
    DocumentProblem first = e.problems().get(0);
    int line = first.line().orElseThrow();
    assertThat(body.lines().skip(line - 1).findFirst().orElseThrow()
        .substring(first.column().orElseThrow() - 1)).startsWith("\"sarah\"");
  }

  @Test
  void theGuideShowsThisServiceAsItIsWrittenHere() throws IOException {
    String guide = Files.readString(Path.of("..", "docs", "jackson3.md"), StandardCharsets.UTF_8);
    String service = Files.readString(Path.of("src", "test", "java", "com", "example", "dealroom",
        "DealRooms.java"), StandardCharsets.UTF_8);
    int start = guide.indexOf("```java\n") + "```java\n".length();

    assertThat(guide.substring(start, guide.indexOf("```", start))).isEqualTo(service);
  }
}
