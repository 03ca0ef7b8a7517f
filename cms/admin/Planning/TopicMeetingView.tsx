/** 选题会: the week's topics for editors to approve. Placeholder until the view lands. */
export function TopicMeetingView() {
  return null
}
