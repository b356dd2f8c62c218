package org.sujarit.plan.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.sujarit.plan.Step;

/**
 * The method (วิธีดำเนินการ) as nested steps. "๒.๑)" goes under "๒)"; a new numbering style
 * ("(๑)" after "๔)") or a list restarting at one goes under the step before it; a number that
 * continues an open list goes back to that list, the outermost one when several fit; a line
 * without a number continues the step before it.
 */
final class MethodSteps {

    private static final class Node {
        private final NumberedLine.Style style;
        private final List<Integer> path;
        private final List<Node> children = new ArrayList<>();
        private String text;

        private Node(NumberedLine.Style style, List<Integer> path, String text) {
            this.style = style;
            this.path = path;
            this.text = text;
        }

        private Step toStep() {
            return new Step(text, children.stream().map(Node::toStep).toList());
        }
    }

    private MethodSteps() {
    }

    static List<Step> of(List<String> lines) {
        List<Node> roots = new ArrayList<>();
        List<Node> open = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            Optional<NumberedLine> numbered = NumberedLine.of(line);
            if (numbered.isEmpty() && !open.isEmpty()) {
                Node last = open.get(open.size() - 1);
                last.text = ThaiText.join(last.text, line.strip());
                continue;
            }
            Node node = numbered.map(n -> new Node(n.style(), n.path(), n.text()))
                    .orElseGet(() -> new Node(null, List.of(), line.strip()));
            int depth = numbered.map(n -> depth(open, n)).orElse(0);
            open.subList(depth, open.size()).clear();
            (depth == 0 ? roots : open.get(depth - 1).children).add(node);
            open.add(node);
        }
        return roots.stream().map(Node::toStep).toList();
    }

    private static int depth(List<Node> open, NumberedLine line) {
        if (open.isEmpty()) {
            return 0;
        }
        if (line.path().size() > 1) {
            return dottedDepth(open, line.path());
        }
        List<Integer> sameStyle = new ArrayList<>();
        for (int i = 0; i < open.size(); i++) {
            if (open.get(i).style == line.style() && open.get(i).path.size() <= 1) {
                sameStyle.add(i);
            }
        }
        Node last = open.get(open.size() - 1);
        if (sameStyle.isEmpty()) {
            return last.style == null ? open.size() - 1 : open.size();
        }
        if (line.style() == NumberedLine.Style.BULLET) {
            return sameStyle.get(sameStyle.size() - 1);
        }
        for (int i : sameStyle) {
            if (open.get(i).path.get(0) + 1 == line.number()) {
                return i;
            }
        }
        return line.number() == 1 ? open.size() : sameStyle.get(sameStyle.size() - 1);
    }

    private static int dottedDepth(List<Node> open, List<Integer> path) {
        List<Integer> parent = path.subList(0, path.size() - 1);
        for (int i = open.size() - 1; i >= 0; i--) {
            if (open.get(i).path.equals(parent)) {
                return i + 1;
            }
        }
        for (int i = open.size() - 1; i >= 0; i--) {
            List<Integer> other = open.get(i).path;
            if (other.size() == path.size() && other.subList(0, other.size() - 1).equals(parent)) {
                return i;
            }
        }
        return open.size();
    }
}
