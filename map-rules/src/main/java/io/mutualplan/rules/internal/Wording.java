package io.mutualplan.rules.internal;

import io.mutualplan.core.Counts;
import io.mutualplan.core.Milestone;
import io.mutualplan.core.MilestoneId;
import io.mutualplan.core.MutualActionPlan;
import io.mutualplan.core.Role;
import io.mutualplan.core.Side;
import io.mutualplan.core.Stakeholder;
import io.mutualplan.core.StakeholderId;
import io.mutualplan.core.Texts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * How messages name the things of a plan: milestones by title with the id in parentheses
 * ("IT security review approved (security-review)"), people by name, counts in words a sales
 * manager reads. Long free text is shortened so that a 10,000-character title does not make a
 * 10,000-character message.
 */
public final class Wording {
  private static final int MAX_QUOTED = 80;
  private static final int MAX_LISTED = 5;

  private Wording() {}

  /**
   * A milestone as messages name it.
   *
   * @param milestone a milestone
   * @return "Title (id)"
   */
  public static String milestone(Milestone milestone) {
    return quote(milestone.title()) + " (" + milestone.id() + ")";
  }

  /**
   * A milestone by id, as messages name it, falling back to the id when the plan has none.
   *
   * @param plan the plan
   * @param id a milestone id
   * @return "Title (id)"
   */
  public static String milestone(MutualActionPlan plan, MilestoneId id) {
    Optional<Milestone> milestone = plan.milestone(id);
    return milestone.isPresent() ? milestone(milestone.get()) : id.value();
  }

  /**
   * A person's name.
   *
   * @param person a stakeholder
   * @return the name, shortened when very long
   */
  public static String person(Stakeholder person) {
    return quote(person.name());
  }

  /**
   * A person by id: the name when the plan knows them, else the id.
   *
   * @param plan the plan
   * @param id a stakeholder id
   * @return the name
   */
  public static String person(MutualActionPlan plan, StakeholderId id) {
    Optional<Stakeholder> person = plan.stakeholder(id);
    return person.isPresent() ? person(person.get()) : id.value();
  }

  /**
   * How a hint addresses a person: the first name when the name looks like "First Last", else
   * the whole name ("Walk Dan through the plan").
   *
   * @param person a stakeholder
   * @return the name to use
   */
  public static String firstName(Stakeholder person) {
    String name = person.name().strip();
    int space = name.indexOf(' ');
    if (space <= 1) {
      return person(person);
    }
    String first = name.substring(0, space);
    return first.indexOf('.') >= 0 ? person(person) : quote(first);
  }

  /**
   * Whom a hint tells the seller to ask about a milestone: its buyer owner by first name, since
   * the buyer's steps are the ones that slip silently, else its seller owner, else "the owners".
   *
   * @param plan the plan
   * @param milestone one of its milestones
   * @return the words
   */
  public static String ownerToAsk(MutualActionPlan plan, Milestone milestone) {
    Optional<Stakeholder> owner = milestone.buyerOwner().flatMap(plan::stakeholder);
    if (owner.isEmpty()) {
      owner = milestone.sellerOwner().flatMap(plan::stakeholder);
    }
    return owner.isPresent() ? firstName(owner.get()) : "the owners";
  }

  /**
   * The possessive of a name, as English writes it: "Acme's timeline", and after a final "s"
   * an apostrophe alone, "Vandelay Industries' timeline".
   *
   * @param name a name, as the other methods here give it
   * @return the name with its possessive ending
   */
  public static String possessive(String name) {
    return name.endsWith("s") || name.endsWith("S") ? name + "'" : name + "'s";
  }

  /**
   * The organization on one side.
   *
   * @param plan the plan
   * @param side buyer or seller
   * @return its name
   */
  public static String organization(MutualActionPlan plan, Side side) {
    return quote(side == Side.BUYER ? plan.buyer().name() : plan.seller().name());
  }

  /**
   * Whom a hint tells the seller to talk to on the buyer's side: the first champion, else the
   * first economic buyer, else the first buyer-side stakeholder.
   *
   * @param plan the plan
   * @return the person, or empty when nobody on the buyer side is named
   */
  public static Optional<Stakeholder> buyerContact(MutualActionPlan plan) {
    Stakeholder economicBuyer = null;
    Stakeholder anyone = null;
    for (Stakeholder person : plan.stakeholders()) {
      if (person.side() != Side.BUYER) {
        continue;
      }
      if (person.hasRole(Role.CHAMPION)) {
        return Optional.of(person);
      }
      if (economicBuyer == null && person.hasRole(Role.ECONOMIC_BUYER)) {
        economicBuyer = person;
      }
      if (anyone == null) {
        anyone = person;
      }
    }
    return Optional.ofNullable(economicBuyer != null ? economicBuyer : anyone);
  }

  /**
   * The buyer contact by name, or "your contact at Acme Corp" when nobody is named.
   *
   * @param plan the plan
   * @return words for a hint
   */
  public static String buyerContactName(MutualActionPlan plan) {
    Optional<Stakeholder> contact = buyerContact(plan);
    return contact.isPresent()
        ? person(contact.get())
        : "your contact at " + organization(plan, Side.BUYER);
  }

  /**
   * A count with its noun: "1 milestone", "3 milestones".
   *
   * @param count how many
   * @param noun the singular noun; the plural adds "s"
   * @return the words
   */
  public static String count(long count, String noun) {
    return Counts.of(count, noun, noun + "s");
  }

  /**
   * Calendar days: "1 day", "12 days".
   *
   * @param count how many
   * @return the words
   */
  public static String calendarDays(long count) {
    return count(count, "day");
  }

  /**
   * A list in prose: "a", "a and b", "a, b and c".
   *
   * @param items the items
   * @return the words
   */
  public static String list(List<String> items) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        text.append(i == items.size() - 1 ? " and " : ", ");
      }
      text.append(items.get(i));
    }
    return text.toString();
  }

  /**
   * A list in prose that names the first five items and counts the rest: "a, b, c, d, e and 3
   * others". Only the five are named, so a list of hundreds of people costs no more than five.
   *
   * @param <T> the items' type
   * @param items the items, in the order to name them
   * @param name how a message names one item
   * @return the words
   */
  public static <T> String listUpToFive(Collection<T> items, Function<T, String> name) {
    List<String> named = new ArrayList<>(MAX_LISTED + 1);
    for (T item : items) {
      if (named.size() == MAX_LISTED) {
        int others = items.size() - MAX_LISTED;
        named.add(others == 1 ? "1 other" : others + " others");
        break;
      }
      named.add(name.apply(item));
    }
    return list(named);
  }

  /**
   * Free text quoted in a message, shortened when long.
   *
   * @param text the text
   * @return at most 80 characters
   */
  public static String quote(String text) {
    return Texts.shortened(text.strip(), MAX_QUOTED);
  }
}
